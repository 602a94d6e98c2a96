// Public API of @tdkt/engine.
export {};
