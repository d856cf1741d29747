// The component gallery: every patient component with real shipped pathway data, for manual
// checks and for the end-to-end accessibility tests. Browser-only, like the patient pages.
import { error } from '@sveltejs/kit';
import { loadPathway, localities } from 'virtual:limber/pathways';
import type { PageLoad } from './$types';

export const prerender = false;
export const ssr = false;

export const load: PageLoad = async () => {
	const [back, shoulder] = await Promise.all([
		loadPathway('low-back-pain'),
		loadPathway('shoulder-pain')
	]);
	if (back === undefined || shoulder === undefined) {
		error(500, 'The gallery needs the shipped low-back-pain and shoulder-pain pathways.');
	}
	return { back, shoulder, localities };
};
