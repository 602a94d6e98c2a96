// `@tdkt/simulator/behaviour`: the population run's seeded behaviour model, for another runtime to replay the same draws.
// The engine/simulator cross-check drives `@tdkt/engine` with these, dossier by dossier, and must count what the
// simulator counts; a host may use them to rehearse a year on a virtual clock.
export { behaviourFor, drawDossier, drawReturned, drawSession } from './behaviour/model.js';
export { replicationSeed } from './population/seeds.js';
export { ancestorAt, treeFromCounts, unitId } from './population/tree.js';
export { hashString, uniformOf } from './random/prng.js';
