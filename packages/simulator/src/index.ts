// Public API of @tdkt/simulator.
export {};
