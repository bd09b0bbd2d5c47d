package dev.backendaudit.report.json.internal;

import dev.backendaudit.bounds.Certainty;
import dev.backendaudit.bounds.EvidenceSource;
import dev.backendaudit.bounds.FlipChange;
import dev.backendaudit.bounds.FlipSet;
import dev.backendaudit.bounds.Margin;
import dev.backendaudit.bounds.OutcomeBounds;
import dev.backendaudit.bounds.SettleStep;
import dev.backendaudit.model.Criterion;
import dev.backendaudit.report.json.internal.CertaintyDoc.FlipChangeDoc;
import dev.backendaudit.report.json.internal.CertaintyDoc.FlipSetDoc;
import dev.backendaudit.report.json.internal.CertaintyDoc.MarginDoc;
import dev.backendaudit.report.json.internal.CertaintyDoc.SettleStepDoc;
import dev.backendaudit.report.json.internal.CertaintyDoc.SourceDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** A {@link Certainty} to its {@link CertaintyDoc} and back; criteria by id, resolved by the reader's catalog. */
final class CertaintyMapping {

    /** The first schema version with a certainty. */
    static final String SINCE = "1.2";

    private CertaintyMapping() {
    }

    static CertaintyDoc toDocument(Certainty c) {
        List<SettleStepDoc> settle = c.settle().stream().map(s -> new SettleStepDoc(s.criterionId(),
                new SourceDoc(s.source().collector().orElse(null), s.source().artifact()), s.ifWorst(), s.ifAbsent(),
                s.worstOnceAbsent(), s.matters(), s.examined())).toList();
        FlipSetDoc flip = c.flip().map(f -> new FlipSetDoc(f.assumption(), f.becomes(), f.changes().stream()
                .map(ch -> new FlipChangeDoc(ch.criterionId(), ch.from(), ch.to().orElse(null), ch.threshold()))
                .toList())).orElse(null);
        MarginDoc margin = c.margin().map(m -> new MarginDoc(m.criterionId(), m.from().orElse(null), m.to(),
                m.crossing(), m.headroom().orElse(null), m.becomes())).orElse(null);
        return new CertaintyDoc(c.bounds().best(), c.bounds().worst(), c.settled(), c.bounds().monotone(),
                c.bounds().breach().orElse(null), settle, flip, margin, c.strategyCalls(), c.complete());
    }

    /**
     * The certainty {@code d} describes.
     *
     * @param d        the document part
     * @param p        its JSON path, ending in "certainty"
     * @param criteria resolves a criterion id at a path
     * @param at       runs a core constructor, naming the path when it complains
     */
    static Certainty toModel(CertaintyDoc d, String p, BiFunction<String, String, Criterion> criteria, At at) {
        OutcomeBounds bounds = at.at(p, () -> new OutcomeBounds(d.best(), d.worst(), d.monotone(),
                Optional.ofNullable(d.breach())));
        List<SettleStep> settle = new ArrayList<>();
        for (int i = 0; i < d.settle().size(); i++) {
            SettleStepDoc s = d.settle().get(i);
            String sp = p + ".settle[" + i + "]";
            Criterion criterion = criteria.apply(s.criterion(), sp + ".criterion");
            EvidenceSource source = at.at(sp + ".source", () -> new EvidenceSource(
                    Optional.ofNullable(s.source().collector()), s.source().artifact()));
            settle.add(at.at(sp, () -> new SettleStep(criterion, source, s.ifWorst(), s.ifAbsent(), s.worstOnceAbsent(),
                    s.matters(), s.examined())));
        }
        Optional<FlipSet> flip = Optional.empty();
        if (d.flip() != null) {
            List<FlipChange> changes = new ArrayList<>();
            for (int i = 0; i < d.flip().changes().size(); i++) {
                FlipChangeDoc ch = d.flip().changes().get(i);
                String cp = p + ".flip.changes[" + i + "]";
                Criterion criterion = criteria.apply(ch.criterion(), cp + ".criterion");
                changes.add(at.at(cp, () -> new FlipChange(criterion, ch.from(), Optional.ofNullable(ch.to()),
                        ch.threshold())));
            }
            flip = Optional.of(at.at(p + ".flip", () -> new FlipSet(d.flip().assumption(), d.flip().becomes(), changes)));
        }
        Optional<Margin> margin = Optional.empty();
        if (d.margin() != null) {
            MarginDoc m = d.margin();
            Criterion criterion = criteria.apply(m.criterion(), p + ".margin.criterion");
            margin = Optional.of(at.at(p + ".margin", () -> new Margin(criterion, Optional.ofNullable(m.from()), m.to(),
                    m.crossing(), Optional.ofNullable(m.headroom()), m.becomes())));
        }
        Optional<FlipSet> flipSet = flip;
        Optional<Margin> margins = margin;
        return at.at(p, () -> Certainty.of(bounds, d.settled(), settle, flipSet, margins, d.strategyCalls(),
                d.complete()));
    }

    /** Runs a constructor, turning its complaint into one that names the path. */
    interface At {
        <T> T at(String path, Supplier<T> construct);
    }
}
