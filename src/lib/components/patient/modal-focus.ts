/**
 * Keeping keyboard and screen-reader focus inside a full-screen panel that must not be left
 * by accident (the escalation panel): everything outside it is made `inert` while it is open,
 * Tab and Shift+Tab wrap around inside it, and focus that escapes anyway is brought back.
 */

const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements inside `container` that Tab can reach, in order. */
export function listTabbable(container: HTMLElement): HTMLElement[] {
	return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
		(element) => !element.closest('[inert]') && element.getClientRects().length > 0
	);
}

/**
 * Makes every element outside `panel` inert (not focusable, hidden from assistive technology),
 * walking from the panel up to the body. Returns a function that undoes exactly what it did.
 */
export function makeOutsideInert(panel: HTMLElement): () => void {
	const changed: HTMLElement[] = [];
	for (let node: HTMLElement = panel; node.parentElement !== null; node = node.parentElement) {
		for (const sibling of node.parentElement.children) {
			if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
			if (sibling.tagName === 'SCRIPT' || sibling.tagName === 'STYLE') continue;
			sibling.inert = true;
			changed.push(sibling);
		}
		if (node.parentElement === document.body) break;
	}
	return () => {
		for (const element of changed) element.inert = false;
	};
}

/**
 * Handles Tab inside the panel so focus wraps from the last control to the first (and back),
 * including from an element that is focusable only by script, such as the heading.
 */
export function wrapTabKey(event: KeyboardEvent, panel: HTMLElement): void {
	if (event.key !== 'Tab') return;
	const tabbable = listTabbable(panel);
	const first = tabbable[0];
	const last = tabbable[tabbable.length - 1];
	if (first === undefined || last === undefined) {
		event.preventDefault();
		return;
	}
	const active = document.activeElement;
	const index = active instanceof HTMLElement ? tabbable.indexOf(active) : -1;
	if (event.shiftKey && index <= 0) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && (index === tabbable.length - 1 || index === -1)) {
		if (index === -1 && active instanceof HTMLElement && panel.contains(active)) {
			// From the heading (or any script-focused element) Tab goes to the next control in
			// document order, which the browser does by itself.
			return;
		}
		event.preventDefault();
		first.focus();
	}
}
