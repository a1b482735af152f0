package org.bellwether.formats;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work run on a thread of its own beside the calling one (a file's hash beside its parse, the statistics' checks
 * beside the overlap check), and its result taken when it is needed: a pass that another core can do costs no wall
 * time while the cores are not both busy.
 */
public final class Beside {

    private Beside() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> FutureTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().daemon().name(name).start(task);
        return task;
    }

    /**
     * The work's result, run on this thread if it has not started (a task made but not started), or its failure:
     * unchecked as thrown (an input error among them), checked wrapped; {@code what} names the work in the message
     * of an interruption.
     */
    public static <T> T join(FutureTask<T> task, String what) {
        task.run(); // does nothing when the task has run or is running elsewhere
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }
}
