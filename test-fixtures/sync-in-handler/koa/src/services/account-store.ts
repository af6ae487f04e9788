/** In-memory account store (the real one is a database table). */
export const accounts = new Map<string, string>();
