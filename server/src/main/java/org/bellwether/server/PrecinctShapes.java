package org.bellwether.server;

import java.util.Optional;
import org.bellwether.render.ContestView;

/** The precinct shapes a contest's map is drawn from; none when the server was given none. */
public interface PrecinctShapes {

    PrecinctShapes NONE = contest -> Optional.empty();

    /** The contest's precinct map as SVG, when its units can be matched to shapes. */
    Optional<String> map(ContestView contest);

    /** The same map coloured by swing from a baseline, when one was given. */
    default Optional<org.bellwether.render.LiveElection.SwingMap> swingMap(ContestView contest) {
        return Optional.empty();
    }
}
