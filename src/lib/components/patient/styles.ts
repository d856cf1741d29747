/**
 * Class lists shared by the patient components, so every button, link-button and styled radio
 * looks and behaves the same (size, focus, contrast). Tailwind finds these class names here.
 */

/** What every button-like control has: at least 48 px tall and 44 px wide, bold, clear focus. */
const BUTTON_BASE =
	'inline-flex min-w-11 cursor-pointer items-center justify-center gap-2 rounded-md text-center font-bold no-underline';

/** Sizes: `normal` for most actions, `giant` for the one thing to do in an emergency. */
export const BUTTON_SIZES = {
	normal: 'min-h-12 border-2 px-5 py-2 text-lg',
	giant: 'min-h-20 border-4 px-6 py-4 text-3xl sm:text-4xl'
} as const;

export type ButtonSize = keyof typeof BUTTON_SIZES;

/** The looks a button or link-button can have. */
export const BUTTON_VARIANTS = {
	/** The main action on a screen: white text on NHS blue. */
	primary:
		'border-nhs-blue bg-nhs-blue text-white hover:border-nhs-dark-blue hover:bg-nhs-dark-blue',
	/** Other actions: NHS blue on white with a blue border. */
	secondary: 'border-nhs-blue bg-surface text-nhs-blue hover:bg-page',
	/** Calling for emergency help: white text on emergency red. */
	emergency: 'border-emergency bg-emergency text-white hover:underline',
	/** For use on a coloured (severity) background: ink on white with an ink border. */
	plain: 'border-ink bg-surface text-ink hover:underline'
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;

/** The classes of a button-like control of the given variant and size. */
export function buttonClasses(variant: ButtonVariant, size: ButtonSize = 'normal'): string {
	return `${BUTTON_BASE} ${BUTTON_SIZES[size]} ${BUTTON_VARIANTS[variant]}`;
}

/**
 * A `<label>` that wraps a native radio or checkbox and looks like a big button. The native
 * input stays visible (it shows the chosen state without relying on colour, and keeps working in
 * Windows high-contrast mode); the label adds a thick border when chosen and an outline when the
 * input inside has keyboard focus.
 */
export const CHOICE_LABEL =
	'flex min-h-12 min-w-11 cursor-pointer items-center gap-3 rounded-md border-2 border-ink-muted bg-surface px-4 py-2 text-lg has-checked:border-nhs-blue has-checked:font-bold has-checked:ring-2 has-checked:ring-nhs-blue has-checked:ring-inset has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-[#ffbf47]';

/** The native radio or checkbox inside a CHOICE_LABEL. */
export const CHOICE_INPUT = 'size-6 shrink-0 cursor-pointer accent-nhs-blue';
