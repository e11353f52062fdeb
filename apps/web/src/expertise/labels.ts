export const EXPERTISE_LEVELS = ['BASIS', 'GEVORDERD', 'EXPERT'] as const;
export const AVAILABILITIES = ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'] as const;
