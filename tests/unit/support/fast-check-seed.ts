import fc from 'fast-check';

// Property tests draw the same cases on every run (a failure is reproducible from the log); set
// FC_SEED to explore other cases locally.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261202) });
