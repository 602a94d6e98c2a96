// Public API of @tdkt/language.
export {};
