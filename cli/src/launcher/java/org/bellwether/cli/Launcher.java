package org.bellwether.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The jar's entry point. It is compiled for Java 8 (everything else needs 21), so that an older Java runs it far
 * enough to say what is needed instead of failing with {@code UnsupportedClassVersionError}.
 */
public final class Launcher {

    static final int NEEDED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version", "");
        if (major(version) < NEEDED) {
            System.err.println(message(version, System.getProperty("java.home", "?")));
            System.exit(1);
        }
        Method main = Class.forName("org.bellwether.cli.Main").getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static String message(String version, String home) {
        return "bellwether: needs Java " + NEEDED + " or newer, but was started with Java " + version + " (" + home
                + ").\nInstall Java " + NEEDED + "+ (Debian/Ubuntu: sudo apt-get install openjdk-21-jre; or Temurin"
                + " from https://adoptium.net) and run the jar with it, or use ./bellwether, which finds one, or the"
                + " Debian package, which brings its own.";
    }

    /** The major version of a specification version: {@code 1.8} is 8, {@code 17} is 17; unreadable is 0. */
    static int major(String version) {
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }
}
