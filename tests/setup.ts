/**
 * Property tests run with a fixed seed so that CI is deterministic; set FC_SEED to explore others
 * (a failure prints its seed and counterexample).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20241112) });
