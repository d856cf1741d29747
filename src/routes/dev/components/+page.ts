// The component gallery: every patient component with real shipped pathway data, for manual
// checks and for the end-to-end accessibility tests. Browser-only, like the patient pages.
import { error } from '@sveltejs/kit';
import { loadLocalities, loadPathway } from 'virtual:limber/pathways';
import type { PageLoad } from './$types';

export const prerender = false;
export const ssr = false;

export const load: PageLoad = async () => {
	const [back, shoulder, localities] = await Promise.all([
		loadPathway('low-back-pain'),
		loadPathway('shoulder-pain'),
		loadLocalities()
	]);
	if (back === undefined || shoulder === undefined) {
		error(500, 'The gallery needs the shipped low-back-pain and shoulder-pain pathways.');
	}
	return { back, shoulder, localities };
};
