// The pathway studio is a static page that runs in the browser: prerendered like the patient
// pages, but never precached for patients; the service worker caches it when a clinician opens it.
export const ssr = false;
export const prerender = true;
