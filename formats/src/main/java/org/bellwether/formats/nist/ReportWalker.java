package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.ReportingUnit;

/**
 * Writes the ElectionReport around the election: header fields, GpUnits and parties, in the XSD's order. The
 * report states the software that wrote it ({@code VendorApplicationId}); the issuer is Bellwether, not an
 * election office, so the status is {@code unofficial-complete} whatever the source's was.
 */
final class ReportWalker {

    static final String ISSUER = "Bellwether";

    private ReportWalker() {
    }

    static void write(ReportPlan plan, Sink out) {
        out.begin("ElectionReport", "ElectionReport", false, null);
        out.list("Election");
        ElectionWalker.write(plan, out);
        out.endList();
        out.value("Format", plan.precinctLevel ? "precinct-level" : "summary-contest");
        out.value("GeneratedDate", NistDates.generated(plan.election.date()));
        gpUnits(plan, out);
        out.value("Issuer", ISSUER);
        out.value("IssuerAbbreviation", ISSUER);
        String notes = plan.notes();
        if (!notes.isEmpty()) {
            out.value("Notes", notes);
        }
        parties(plan, out);
        out.value("SequenceStart", 1);
        out.value("SequenceEnd", 1);
        out.value("Status", ElectionStatus.resultsStatus(plan.election.certification(), plan.reporting));
        out.value("VendorApplicationId", plan.software);
        out.end();
        out.finish();
    }

    private static void gpUnits(ReportPlan plan, Sink out) {
        out.list("GpUnit");
        for (int u = 0; u < plan.unitIds.size(); u++) {
            gpUnit(plan, u, out);
        }
        if (plan.syntheticScope) {
            out.begin("GpUnit", "ReportingUnit", true, ReportPlan.SCOPE);
            List<String> all = plan.unitIds;
            if (!all.isEmpty()) {
                out.ids("ComposingGpUnitIds", all);
            }
            out.text("Name", plan.election.name().isEmpty() ? "Election" : plan.election.name());
            out.value("Type", "other");
            out.value("OtherType", "election-scope");
            out.end();
        }
        out.endList();
    }

    private static void gpUnit(ReportPlan plan, int u, Sink out) {
        ReportingUnit unit = plan.election.units().get(u);
        String objectId = plan.unitIds.get(u);
        out.begin("GpUnit", "ReportingUnit", true, objectId);
        List<String> parts = new ArrayList<>();
        plan.tree.children(u).forEach(c -> parts.add(plan.unitIds.get(c)));
        if (!parts.isEmpty()) {
            out.ids("ComposingGpUnitIds", parts);
        }
        if (!Ids.kept(unit.id(), objectId)) {
            out.list("ExternalIdentifier");
            out.begin("ExternalIdentifier", "ExternalIdentifier", false, null);
            out.value("Type", "other");
            out.value("OtherType", UnitReader.UNIT_ID);
            out.value("Value", unit.id());
            out.end();
            out.endList();
        }
        out.text("Name", unit.name());
        UnitKinds.Written kind = UnitKinds.write(unit.level());
        out.value("Type", kind.type());
        kind.otherType().ifPresent(t -> out.value("OtherType", t));
        Long registered = plan.statistics.registered(u);
        if (registered != null) {
            out.value("VotersRegistered", registered);
        }
        out.end();
    }

    private static void parties(ReportPlan plan, Sink out) {
        if (plan.parties.isEmpty()) {
            return;
        }
        out.list("Party");
        for (int p = 0; p < plan.parties.size(); p++) {
            out.begin("Party", "Party", false, Ids.party(p));
            out.text("Name", plan.parties.get(p));
            out.end();
        }
        out.endList();
    }
}
