package org.bellwether.formats.nist;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Reporting;
import org.bellwether.core.Election;
import org.bellwether.core.UnitStatistic;

/**
 * Writes the one Election of a report: ballots cast, a candidate per choice of each candidate contest, the contests
 * with their selections and counts, the scope, name, dates and type, in the XSD's order.
 */
final class ElectionWalker {

    private ElectionWalker() {
    }

    static void write(ReportPlan plan, Sink out) {
        Election e = plan.election;
        out.begin("Election", "Election", false, null);
        ballots(plan, out);
        candidates(plan, out);
        if (!e.contests().isEmpty()) {
            out.list("Contest");
            for (int c = 0; c < e.contests().size(); c++) {
                contest(plan, c, out);
            }
            out.endList();
        }
        out.value("ElectionScopeId", plan.scopeId);
        out.text("Name", e.name());
        out.value("StartDate", NistDates.electionDay(e.date()));
        out.value("EndDate", NistDates.electionDay(e.date()));
        out.value("Type", ElectionKinds.write(e.type()));
        out.end();
    }

    private static void ballots(ReportPlan plan, Sink out) {
        List<UnitStatistic> ballots = plan.statistics.ballots();
        if (ballots.isEmpty()) {
            return;
        }
        out.list("BallotCounts");
        for (UnitStatistic s : ballots) {
            out.begin("BallotCounts", "BallotCounts", false, null);
            countType(plan, s.unit(), s.voteType(), out);
            out.value("BallotsCast", s.count());
            out.end();
        }
        out.endList();
    }

    private static void candidates(ReportPlan plan, Sink out) {
        boolean any = false;
        for (int c = 0; c < plan.election.contests().size(); c++) {
            if (plan.kinds.get(c) != ContestKind.CANDIDATE) {
                continue;
            }
            List<Choice> choices = plan.contest(c).choices();
            for (int i = 0; i < choices.size(); i++) {
                if (unnamedWriteIn(choices.get(i))) {
                    continue;
                }
                if (!any) {
                    out.list("Candidate");
                    any = true;
                }
                out.begin("Candidate", "Candidate", false, Ids.candidate(c, i));
                out.text("BallotName", choices.get(i).name());
                choices.get(i).party().ifPresent(p -> out.value("PartyId", plan.partyId(p)));
                out.end();
            }
        }
        if (any) {
            out.endList();
        }
    }

    private static void contest(ReportPlan plan, int c, Sink out) {
        Contest contest = plan.contest(c);
        ContestKind kind = plan.kinds.get(c);
        out.begin("Contest", kind.contestType(), true, Ids.contest(c));
        if (!contest.choices().isEmpty()) {
            out.list("ContestSelection");
            for (int i = 0; i < contest.choices().size(); i++) {
                selection(plan, c, i, out);
            }
            out.endList();
        }
        Reporting reporting = plan.reporting.get(c);
        countStatus(reporting, out);
        out.value("ElectionDistrictId", plan.districts.get(c));
        out.value("Name", contest.name());
        otherCounts(plan, c, out);
        if (reporting.counted()) {
            out.value("SubUnitsReported", reporting.unitsReporting());
            out.value("TotalSubUnits", reporting.unitsExpected());
        }
        if (kind == ContestKind.CANDIDATE) {
            Optional<String[]> variation = contest.declared().flatMap(d -> ElectionStatus.variation(d.spec()));
            variation.ifPresent(v -> out.value("VoteVariation", v[0]));
            variation.filter(v -> v.length > 1).ifPresent(v -> out.value("NumberElected", Long.parseLong(v[1])));
            out.value("VotesAllowed", contest.voteFor());
        }
        out.end();
    }

    /** The contest's completeness as a CountStatus of the total count; nothing when it is not known. */
    private static void countStatus(Reporting reporting, Sink out) {
        String status = switch (reporting.completeness()) {
            case COMPLETE -> "completed";
            case PARTIAL -> "in-process";
            case UNKNOWN -> null;
        };
        if (status == null) {
            return;
        }
        out.list("CountStatus");
        out.begin("CountStatus", "CountStatus", false, null);
        out.value("Status", status);
        out.value("Type", "total");
        out.end();
        out.endList();
    }

    private static void selection(ReportPlan plan, int c, int i, Sink out) {
        ContestKind kind = plan.kinds.get(c);
        Choice choice = plan.contest(c).choices().get(i);
        out.begin("ContestSelection", kind.selectionType(), true, Ids.selection(c, i));
        voteCounts(plan, c, i, out);
        switch (kind) {
            case CANDIDATE -> {
                if (!unnamedWriteIn(choice)) {
                    out.ids("CandidateIds", List.of(Ids.candidate(c, i)));
                }
                if (choice.writeIn()) {
                    out.bool("IsWriteIn", true);
                }
            }
            case BALLOT_MEASURE -> out.text("Selection", choice.name());
            case PARTY -> out.ids("PartyIds", List.of(plan.partyId(choice.party().orElseThrow())));
        }
        out.end();
    }

    private static void voteCounts(ReportPlan plan, int c, int i, Sink out) {
        boolean[] any = {false};
        plan.rows.forEach(c, i, (unit, type, votes) -> {
            if (!any[0]) {
                out.list("VoteCounts");
                any[0] = true;
            }
            out.begin("VoteCounts", "VoteCounts", false, null);
            countType(plan, unit, type, out);
            out.value("Count", votes);
            out.end();
        });
        if (any[0]) {
            out.endList();
        }
    }

    /** A write-in line with no name of its own is written as NIST writes one: IsWriteIn and no candidate. */
    private static boolean unnamedWriteIn(Choice choice) {
        return choice.writeIn() && choice.name().equals(ChoiceNames.WRITE_IN) && choice.party().isEmpty();
    }

    /** The fields a VoteCounts and a BallotCounts share: GpUnitId, Type and, for the label, OtherType. */
    private static void countType(ReportPlan plan, int unit, int voteType, Sink out) {
        out.value("GpUnitId", plan.unitIds.get(unit));
        CountItem.Written type = plan.voteTypes.get(voteType);
        out.value("Type", type.item().token());
        type.otherType().ifPresent(t -> out.value("OtherType", t));
    }

    private static void otherCounts(ReportPlan plan, int c, Sink out) {
        Map<Integer, long[]> others = plan.statistics.otherCounts(c);
        if (others.isEmpty()) {
            return;
        }
        out.list("OtherCounts");
        others.forEach((unit, figures) -> {
            out.begin("OtherCounts", "OtherCounts", false, null);
            out.value("GpUnitId", plan.unitIds.get(unit));
            if (figures[0] >= 0) {
                out.value("Overvotes", figures[0]);
            }
            if (figures[1] >= 0) {
                out.value("Undervotes", figures[1]);
            }
            out.end();
        });
        out.endList();
    }
}
