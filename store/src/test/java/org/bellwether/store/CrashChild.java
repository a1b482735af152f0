package org.bellwether.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bellwether.core.Election;

/**
 * Run in a child JVM by {@link CrashTest}: imports version 2 of a large election and, once the import has written
 * {@value #MARK_ROWS} rows inside its transaction, prints {@value #MARK} and slows down, so that the test kills
 * it in the middle of the import.
 */
public final class CrashChild {

    static final String MARK = "MID-IMPORT";
    static final int MARK_ROWS = 50_000;

    private CrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Election next = CrashTest.secondVersion(Integer.parseInt(args[1]));
        try (ResultsStore store = ResultsStore.open(args[0])) {
            store.importElection(next, "crash-child", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), rows -> {
                if (rows >= MARK_ROWS) {
                    System.out.println(MARK + " " + rows);
                    System.out.flush();
                    sleep();
                }
            });
        }
        System.out.println("FINISHED");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
