package org.bellwether.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.TieAnswer;
import org.bellwether.formats.InputException;
import picocli.CommandLine;

/** The answers to ties a ranked count stopped at, from --tie-answer options and a --tie-answers file. */
final class TieAnswers {

    private TieAnswers() {
    }

    /** The --tie-answer values, {@code [PASS:]ROUND:NAME}, each naming a candidate of the contest. */
    static List<TieAnswer> read(List<String> given, RankedBallots ballots, CommandLine cl) {
        return read(given, null, ballots, cl);
    }

    /**
     * The --tie-answer values, then those of the --tie-answers file (one {@code [PASS:]ROUND:NAME} a line; blank
     * lines and lines starting with {@code #} passed over): a wrong option is a usage error, a wrong line of the file
     * bad input naming the file and the line.
     */
    static List<TieAnswer> read(List<String> given, Path file, RankedBallots ballots, CommandLine cl) {
        List<TieAnswer> answers = new java.util.ArrayList<>();
        for (String raw : given) {
            String problem = problem(raw, ballots);
            if (problem != null) {
                throw new CommandLine.ParameterException(cl, "--tie-answer " + problem);
            }
            answers.add(answer(raw));
        }
        if (file != null) {
            List<String> lines = answerLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String problem = problem(line, ballots);
                if (problem != null) {
                    throw new InputException(file.toString(), "line " + (i + 1), problem);
                }
                answers.add(answer(line));
            }
        }
        return answers;
    }

    private static final java.util.regex.Pattern ANSWER = java.util.regex.Pattern.compile(
            "(?:([0-9]{1,4}):)?([0-9]{1,6}):(.+)");

    /** What is wrong with an answer, or null. */
    private static String problem(String raw, RankedBallots ballots) {
        java.util.regex.Matcher m = ANSWER.matcher(raw);
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || (m.group(1) != null
                && Integer.parseInt(m.group(1)) < 1)) {
            return "must be ROUND:NAME or PASS:ROUND:NAME (rounds and passes from 1), was "
                    + InputException.echo(raw);
        }
        if (ballots.contest().indexOf(m.group(3)) < 0) {
            return InputException.echo(raw) + ": " + InputException.echo(m.group(3)) + " is not a candidate of the contest";
        }
        return null;
    }

    private static TieAnswer answer(String raw) {
        java.util.regex.Matcher m = ANSWER.matcher(raw);
        if (!m.matches()) {
            throw new IllegalArgumentException(raw);
        }
        int pass = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        return new TieAnswer(pass, Integer.parseInt(m.group(2)), m.group(3));
    }

    private static List<String> answerLines(Path file) {
        try {
            if (Files.size(file) > MAX_ANSWERS_BYTES) {
                throw new InputException(file.toString(), "", "is more than " + MAX_ANSWERS_BYTES + " bytes, more"
                        + " than a file of tie answers may be");
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), "", "no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file.toString(), "", "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Tie answers are a few lines: a file larger than this is not one. */
    private static final long MAX_ANSWERS_BYTES = 1 << 20;
}
