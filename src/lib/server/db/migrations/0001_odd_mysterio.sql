CREATE TABLE "withdrawn_records" (
	"record_id" uuid PRIMARY KEY NOT NULL
);
