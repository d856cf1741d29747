// Patient pages are static shells prerendered at build time and precached by the service worker;
// everything they show comes from the phone's own database, so they work with no network.
export const ssr = false;
export const prerender = true;
