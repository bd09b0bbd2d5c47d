package dev.backendaudit.evidence.git;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Which commits are people's work and which of those are fixes: the patterns a history analysis
 * sorts commits by. A commit by automation or a dependency or release chore is set apart from
 * throughput, fixes, refixes, hotspots and coupling (the report counts how many each rule set
 * apart); of the rest, a commit whose subject matches a fix pattern is a fix, unless it also
 * matches a cosmetic pattern (a typo, Javadoc or formatting fix) or is a revert, both counted apart.
 *
 * <pre>{@code
 * ChangeRules rules = ChangeRules.DEFAULTS.withChores(List.of(Pattern.compile("^release:", Pattern.CASE_INSENSITIVE)));
 * HistoryOptions.of(Path.of(".")).rules(rules);
 * }</pre>
 *
 * @param automationAuthors an author e-mail address matching one of these is automation (found anywhere in it)
 * @param chores            a subject matching one of these is a dependency or release chore
 * @param fixes             a subject matching one of these is a fix
 * @param cosmetic          a fix whose subject also matches one of these is cosmetic, not a fix
 * @param reverts           a subject matching one of these is a revert, not a fix
 *
 * <p>Copies with one rule replaced come from the generated withers: {@code ChangeRules.DEFAULTS.withFixes(patterns)}.
 */
@Value.Builder
public record ChangeRules(List<Pattern> automationAuthors, List<Pattern> chores, List<Pattern> fixes,
                          List<Pattern> cosmetic, List<Pattern> reverts) implements WithChangeRules {

    private static final int I = Pattern.CASE_INSENSITIVE;

    /**
     * Bot accounts: GitHub apps ({@code name[bot]@users.noreply.github.com}: dependabot, renovate,
     * github-actions, ...) and the usual bot identities of Dependabot, Renovate, Greenkeeper, Snyk,
     * Mergify and semantic-release.
     */
    public static final List<Pattern> DEFAULT_AUTOMATION_AUTHORS = List.of(
            Pattern.compile("\\[bot\\]@", I),
            Pattern.compile("^(\\d+\\+)?(dependabot|renovate|renovate-bot|greenkeeper|snyk-bot|mergify|github-actions"
                    + "|semantic-release-bot)@", I),
            Pattern.compile("@(renovateapp\\.com|dependabot\\.com|greenkeeper\\.io)$", I));

    /**
     * Dependency chores ({@code Bump x from 1 to 2}, {@code Upgrade to X 1.2}, {@code Update dependency x
     * to v2}, {@code Update x to v2}, {@code chore(deps): ...}, {@code build(deps): ...}, {@code Start building
     * against X snapshots}) and release chores ({@code [maven-release-plugin] ...}, {@code Next development
     * version}, {@code Prepare release}, {@code Release v1.2}, {@code Bump version}, {@code Set version}).
     */
    public static final List<Pattern> DEFAULT_CHORES = List.of(
            Pattern.compile("^(chore|build|fix|deps)\\(deps(-dev)?\\)!?:", I),
            Pattern.compile("^(bump|upgrade to|update dependency|start building against)\\s", I),
            Pattern.compile("^update \\S+( \\S+)? to v?\\d", I),
            Pattern.compile("^\\[maven-release-plugin\\]", I),
            Pattern.compile("^(next development version|prepare (for )?(next )?(release|development)|"
                    + "release v?\\d+\\.\\d+|(bump|set|update) (project )?version)", I));

    /**
     * Fixes: a conventional-commit {@code fix:}/{@code bugfix:}/{@code hotfix:} type, the words fix/fixes/fixed/fixing,
     * bug(s), bugfix and hotfix, and bug-tracker keys such as {@code BUG-123}.
     */
    public static final List<Pattern> DEFAULT_FIXES = List.of(
            Pattern.compile("^(fix|bugfix|hotfix)(\\([^)]*\\))?!?:", I),
            Pattern.compile("\\b(fix(e[sd])?|fixing|bugs?|bugfix|hotfix)\\b", I),
            Pattern.compile("\\b(bug|defect|incident|hotfix)-\\d+\\b", I));

    /**
     * Cosmetic fixes: typos, spelling, grammar, wording, Javadoc, docs/documentation, readme, links,
     * whitespace, formatting, indentation, checkstyle; follow-up commits ({@code Polish ...}, and git's
     * {@code fixup!}/{@code squash!}/{@code amend!}) that tidy a change rather than fix a defect.
     */
    public static final List<Pattern> DEFAULT_COSMETIC = List.of(
            Pattern.compile("\\b(typos?|spelling|grammar|wording|javadocs?|docs?|documentation|readme|links?"
                    + "|whitespace|formatting|indentation|checkstyle)\\b", I),
            Pattern.compile("^(polish\\b|(fixup|squash|amend)!)", I));

    /** Reverts: {@code Revert "..."}, {@code revert: ...}, {@code This reverts commit ...} as the subject. */
    public static final List<Pattern> DEFAULT_REVERTS = List.of(
            Pattern.compile("^(revert\\b|this reverts commit)", I));

    /** Every default. */
    public static final ChangeRules DEFAULTS = new ChangeRules(DEFAULT_AUTOMATION_AUTHORS, DEFAULT_CHORES,
            DEFAULT_FIXES, DEFAULT_COSMETIC, DEFAULT_REVERTS);

    /** @throws IllegalArgumentException if there is no fix pattern */
    public ChangeRules {
        automationAuthors = List.copyOf(Objects.requireNonNull(automationAuthors, "automationAuthors"));
        chores = List.copyOf(Objects.requireNonNull(chores, "chores"));
        fixes = List.copyOf(Objects.requireNonNull(fixes, "fixes"));
        cosmetic = List.copyOf(Objects.requireNonNull(cosmetic, "cosmetic"));
        reverts = List.copyOf(Objects.requireNonNull(reverts, "reverts"));
        if (fixes.isEmpty()) {
            throw new IllegalArgumentException("fix patterns must hold at least one pattern, but were empty");
        }
    }






    /** Whether the author e-mail address is automation's. */
    public boolean automation(String authorEmail) {
        return any(automationAuthors, authorEmail);
    }

    /** Whether the subject is a chore. */
    public boolean chore(String subject) {
        return any(chores, subject);
    }

    /** Whether the subject is a revert. */
    public boolean revert(String subject) {
        return any(reverts, subject);
    }

    /** Whether the subject is a fix of any kind, cosmetic ones included. */
    public boolean anyFix(String subject) {
        return any(fixes, subject);
    }

    /** Whether the subject is a cosmetic one. */
    public boolean cosmetic(String subject) {
        return any(cosmetic, subject);
    }

    private static boolean any(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
