package org.bellwether.formats.fips;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FipsCodesTest {

    private final FipsCodes codes = FipsCodes.shipped();

    @Test
    void findsAStateByNameOrPostalCode() {
        assertThat(codes.state("Georgia")).hasValue("13");
        assertThat(codes.state("GA")).hasValue("13");
        assertThat(codes.state("kansas")).hasValue("20");
        assertThat(codes.state("District of Columbia")).hasValue("11");
        assertThat(codes.state("Atlantis")).isEmpty();
    }

    @Test
    void findsACountyWithOrWithoutItsKindAndHoweverItsNameIsSpaced() {
        assertThat(codes.county("13", "Cobb")).hasValue("13067");
        assertThat(codes.county("13", "Cobb County")).hasValue("13067");
        assertThat(codes.county("13", "DEKALB")).hasValue("13089");
        assertThat(codes.county("13", "De Kalb County")).hasValue("13089");
        assertThat(codes.county("22", "Orleans")).hasValue("22071");
        assertThat(codes.county("02", "Anchorage Municipality")).hasValue("02020");
        assertThat(codes.county("12", "Saint Johns")).hasValue("12109");
        assertThat(codes.county("35", "Doña Ana")).hasValue("35013");
    }

    @Test
    void aCountyOfAnotherStateOrNoneIsNotFound() {
        assertThat(codes.county("13", "Sedgwick")).isEmpty();
        assertThat(codes.county("20", "Sedgwick")).hasValue("20173");
        assertThat(codes.county("13", "Nowhere")).isEmpty();
    }
}
