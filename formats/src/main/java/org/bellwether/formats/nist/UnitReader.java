package org.bellwether.formats.nist;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** A GpUnit: its ID (or the model's unit ID a file we wrote keeps), name, type, parts and registered voters. */
final class UnitReader extends Identified {

    /** The ExternalIdentifier {@code OtherType} under which a file we wrote keeps a unit ID that is no XML ID. */
    static final String UNIT_ID = "bellwether-unit-id";

    private final Consumer<Directory.Unit> into;
    private String name;
    private String type = "other";
    private boolean device;
    private String unitId;
    private List<String> composing = List.of();
    private String composingAt = "";
    private OptionalLong registered = OptionalLong.empty();
    private String registeredAt = "";

    UnitReader(Fields in, Consumer<Directory.Unit> into) {
        super(in);
        this.into = into;
    }

    @Override
    public void field(String field) {
        switch (field) {
            case "@id" -> id = NistValues.id(in.scalar());
            case "@type" -> device = "ReportingDevice".equals(Fields.typeName(in.scalar()));
            case "Name" -> name = in.text();
            case "Type" -> type = in.scalar().strip();
            case "ComposingGpUnitIds" -> {
                composingAt = in.where();
                composing = in.references();
            }
            case "VotersRegistered" -> {
                registeredAt = in.where();
                registered = OptionalLong.of(NistValues.count(in.integer(), "VotersRegistered", in.file(),
                        registeredAt));
            }
            case "ExternalIdentifier" -> in.objects(() -> new UnitIdReader(in, v -> unitId = v));
            default -> {
                // contact details, spatial extents and the like do not affect results
            }
        }
    }

    @Override
    public void end() {
        String objectId = id("a GpUnit");
        // a ReportingDevice (a scanner, a tabulator) counts ballots of one place: a precinct-level unit
        into.accept(new Directory.Unit(objectId, at, unitId == null ? objectId : unitId,
                name == null || name.isEmpty() ? objectId : name, device ? "ballot-batch" : type, composing, composingAt, registered,
                registeredAt));
    }

    /** An ExternalIdentifier; only the one of type {@code other}/{@value #UNIT_ID} matters. */
    private static final class UnitIdReader implements Fields.ObjectReader {
        private final Fields in;
        private final Consumer<String> into;
        private String otherType;
        private String value;

        UnitIdReader(Fields in, Consumer<String> into) {
            this.in = in;
            this.into = into;
        }

        @Override
        public void field(String field) {
            if ("OtherType".equals(field)) {
                otherType = in.scalar().strip();
            } else if ("Value".equals(field)) {
                value = in.scalar().strip();
            }
        }

        @Override
        public void end() {
            if (UNIT_ID.equals(otherType) && value != null && !value.isEmpty()) {
                into.accept(value);
            }
        }
    }
}
