// Public API of @tdkt/compiler.
export {};
