package org.bellwether.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new Table("swing", "Swing", List.of("a", "b"), List.of(List.of(Cell.empty())),
                List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table swing: a row has 1 cells for 2 columns");
    }
}
