// Pages render in the browser unless an area opts into server rendering. The patient pages
// are static shells that read the phone's database; an address that does not exist gets its
// "not found" page (with a 404 status) the same way.
export const ssr = false;
