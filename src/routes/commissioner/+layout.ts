// Commissioner pages are rendered on the server for each request (the root layout turns server
// rendering off for the patient app): they show live, signed-in data, so nothing is prerendered
// and nothing is cached (decision 10).
export const ssr = true;
export const prerender = false;
