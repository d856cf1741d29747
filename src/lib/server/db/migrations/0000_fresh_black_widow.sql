CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"label" text NOT NULL,
	"role" text NOT NULL,
	"localities" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked" boolean NOT NULL,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "login_challenges" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_records" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"withdraw_token_hash" text NOT NULL,
	"pathway_id" text NOT NULL,
	"pathway_version" text NOT NULL,
	"locality" text NOT NULL,
	"month_enrolled" text NOT NULL,
	"referral" text NOT NULL,
	"on_waiting_list" boolean NOT NULL,
	"left_waiting_list" boolean NOT NULL,
	"age_band" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text NOT NULL,
	"status" text NOT NULL,
	"stage_reached" text NOT NULL,
	"days_active_first_30" smallint NOT NULL,
	"work_status_baseline" text,
	"work_status_latest" text,
	"scores" jsonb NOT NULL,
	"escalations" jsonb NOT NULL,
	"signposts" jsonb NOT NULL,
	"pain_baseline" smallint,
	"pain_latest" smallint,
	"psfs_baseline" real,
	"psfs_latest" real,
	"phq2_positive" boolean,
	"gad2_positive" boolean,
	"global_change_latest" smallint
);
--> statement-breakpoint
CREATE TABLE "rollup_escalation_codes" (
	"month" text NOT NULL,
	"locality" text NOT NULL,
	"pathway_id" text NOT NULL,
	"age_band" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text NOT NULL,
	"referral" text NOT NULL,
	"code" text NOT NULL,
	"severity" text NOT NULL,
	"records" integer NOT NULL,
	CONSTRAINT "rollup_escalation_codes_month_locality_pathway_id_age_band_sex_ethnicity_referral_code_severity_pk" PRIMARY KEY("month","locality","pathway_id","age_band","sex","ethnicity","referral","code","severity")
);
--> statement-breakpoint
CREATE TABLE "rollup_outcomes" (
	"month" text NOT NULL,
	"locality" text NOT NULL,
	"pathway_id" text NOT NULL,
	"age_band" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text NOT NULL,
	"referral" text NOT NULL,
	"enrolments" integer NOT NULL,
	"active_at_30" integer NOT NULL,
	"finished" integer NOT NULL,
	"escalated_any" integer NOT NULL,
	"escalated_emergency" integer NOT NULL,
	"escalated_urgent" integer NOT NULL,
	"escalated_soon" integer NOT NULL,
	"escalated_routine" integer NOT NULL,
	"pain_pairs" integer NOT NULL,
	"pain_change_sum" integer NOT NULL,
	"pain_meaningful" integer NOT NULL,
	"psfs_pairs" integer NOT NULL,
	"psfs_change_sum" real NOT NULL,
	"psfs_meaningful" integer NOT NULL,
	"phq2_screened" integer NOT NULL,
	"phq2_positive" integer NOT NULL,
	"gad2_screened" integer NOT NULL,
	"gad2_positive" integer NOT NULL,
	"on_waiting_list" integer NOT NULL,
	"left_waiting_list" integer NOT NULL,
	"off_work_at_baseline" integer NOT NULL,
	"back_at_work" integer NOT NULL,
	"global_change_answered" integer NOT NULL,
	"global_change_better" integer NOT NULL,
	CONSTRAINT "rollup_outcomes_month_locality_pathway_id_age_band_sex_ethnicity_referral_pk" PRIMARY KEY("month","locality","pathway_id","age_band","sex","ethnicity","referral")
);
--> statement-breakpoint
CREATE TABLE "rollup_signposts" (
	"month" text NOT NULL,
	"locality" text NOT NULL,
	"pathway_id" text NOT NULL,
	"age_band" text NOT NULL,
	"sex" text NOT NULL,
	"ethnicity" text NOT NULL,
	"referral" text NOT NULL,
	"category" text NOT NULL,
	"records" integer NOT NULL,
	CONSTRAINT "rollup_signposts_month_locality_pathway_id_age_band_sex_ethnicity_referral_category_pk" PRIMARY KEY("month","locality","pathway_id","age_band","sex","ethnicity","referral","category")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"localities" jsonb NOT NULL,
	"totp_secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "login_challenges" ADD CONSTRAINT "login_challenges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_records_rollup_key" ON "outcome_records" USING btree ("month_enrolled","locality","pathway_id");