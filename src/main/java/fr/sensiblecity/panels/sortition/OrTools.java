package fr.sensiblecity.panels.sortition;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.sat.CpSolver;

/** The one place that loads OR-Tools' native libraries and picks its solvers. */
final class OrTools {

    private static boolean loaded;

    private OrTools() {
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** SCIP, or CBC where a build lacks it: both were seen to solve panel programs exactly. */
    static MPSolver integerSolver() {
        load();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            solver = MPSolver.createSolver("CBC");
        }
        if (solver == null) {
            throw new IllegalStateException("OR-Tools offers neither SCIP nor CBC here");
        }
        return solver;
    }

    static MPSolver linearSolver() {
        load();
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools offers no GLOP here");
        }
        return solver;
    }

    /**
     * The default relative gap (1e-4) would let the pricing stop at a panel slightly worse than the best, and the
     * column generation would then stop before the optimum; near-exact answers cost little on these sizes.
     */
    static MPSolverParameters exact() {
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
        return parameters;
    }

    /**
     * CP-SAT on one worker, stopped by deterministic work rather than by the clock: several workers, or a wall
     * clock limit, would make the published tickets depend on the machine's speed.
     */
    static CpSolver satSolver(double workLimit) {
        load();
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(0).setMaxDeterministicTime(workLimit);
        return solver;
    }

    static boolean solved(MPSolver.ResultStatus status) {
        return status == MPSolver.ResultStatus.OPTIMAL;
    }
}
