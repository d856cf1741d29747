/** English interface text used by the patient components (src/lib/components/patient). */
export const components = {} as const;
