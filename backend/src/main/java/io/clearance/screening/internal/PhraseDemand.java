package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Which groups of a pack's {@code phrases.yaml} its rules can use on a post, worked out once from the pack's DRL, so
 * that {@link PhraseBook} looks for a group only when some rule could match its phrases. A rule can only fire when
 * every {@code Phrase} pattern it must match (at the top of its conditions, or under {@code exists}) finds a phrase:
 * these are its <em>required</em> groups ({@code $rate : Phrase(group == "RATE")}). Every other group the rule names
 * (its guards under {@code not}, patterns under {@code or}, {@code accumulate} ...) only matters when the required
 * ones occur. So for a post, a rule's required groups are looked for first (one set after the other, stopping at the
 * first that does not occur), and the rest of its groups only if all occur. A group that no rule able to fire names
 * is not looked for at all: its phrases would reach no rule, so the outcome is the same without them.
 *
 * <p>
 * The analysis is conservative: a {@code Phrase}, {@code Span} or {@code Object} pattern without a group constraint
 * it can read (only {@code group == "X"}, {@code group in ("X", "Y")}, {@code group == $var} and
 * {@code group == $phrase.group} are read) stands for every group, and a condition it does not know makes every group
 * needed whenever the rule can fire. A group bound from a field of a declared fact ({@code ConceptClaim($gb : b)}
 * then {@code Phrase(group == $gb)}) is read when every such fact is created in the pack's DRL with string literals
 * ({@code insert(new ConceptClaim("...", "C_VACCINE", ...))}): the rule is then read once per created fact. DRL that
 * cannot be read at all gives {@link #EVERY_GROUP}. Rules cannot create {@code Phrase} facts (its constructor is not
 * public), so the only phrases are those the book finds. A rule that must match a {@link Signal} (the pack's meaning
 * signals) is left out: it can only fire on a post with a signal, and on such a post {@link CompiledPack} looks for
 * every group.
 */
final class PhraseDemand {

	/** Every text group on every post: the book as it was before this analysis (and for packs it cannot read). */
	static final PhraseDemand EVERY_GROUP = new PhraseDemand(true, true, Set.of(), List.of());

	/** What one rule (or one reading of it, per declared fact) needs. */
	record Need(List<Set<String>> required, Set<String> groups, boolean everyGroup) {
	}

	private final boolean everyGroup;
	/**
	 * Whether some rule (reading) requires no phrase, so it may fire on any post. When none does, a post on which no
	 * {@link #conditional} need has all its required groups fires no rule of the pack at all.
	 */
	private final boolean phraseFree;
	/** Groups needed on every post: named by rules that require no phrase. */
	private final Set<String> always;
	/** Rules (readings) that require phrases: their groups are needed when every required set occurs. */
	private final List<Need> conditional;

	private PhraseDemand(boolean everyGroup, boolean phraseFree, Set<String> always, List<Need> conditional) {
		this.everyGroup = everyGroup;
		this.phraseFree = phraseFree;
		this.always = Set.copyOf(always);
		this.conditional = List.copyOf(conditional);
	}

	boolean everyGroup() {
		return everyGroup;
	}

	/** Whether some rule may fire without any phrase (true for {@link #EVERY_GROUP}). */
	boolean phraseFree() {
		return phraseFree;
	}

	Set<String> always() {
		return always;
	}

	List<Need> conditional() {
		return conditional;
	}

	/** The demand of the rules in these DRL files; {@link #EVERY_GROUP} when one cannot be read. */
	static PhraseDemand of(List<String> drlFiles) {
		List<PackageDescr> packages = new ArrayList<>();
		for (String drl : drlFiles) {
			try {
				DrlParser parser = new DrlParser();
				PackageDescr descr = parser.parse(false, drl);
				if (parser.hasErrors() || descr == null) {
					return EVERY_GROUP;
				}
				packages.add(descr);
			}
			catch (Exception e) {
				return EVERY_GROUP;
			}
		}
		return ofPackages(packages);
	}

	/**
	 * The demand of the rules in these parsed DRL packages (the compiler's own parse, see {@link PackCompiler});
	 * {@link #EVERY_GROUP} when one cannot be read.
	 */
	static PhraseDemand ofPackages(List<PackageDescr> packages) {
		try {
			return new Reader(packages).read();
		}
		catch (Unreadable e) {
			return EVERY_GROUP;
		}
	}

	@Override
	public String toString() {
		return everyGroup ? "PhraseDemand[every group]"
				: "PhraseDemand[phraseFree=" + phraseFree + ", always=" + always + ", conditional=" + conditional + "]";
	}

	/** Thrown where the rules cannot be read: every group is then needed on every post. */
	private static final class Unreadable extends RuntimeException {

		Unreadable() {
			super(null, null, false, false);
		}
	}

	/** Reads the packages' rules into needs. */
	private static final class Reader {

		private static final Pattern GROUP_WORD = Pattern.compile("(?<![\\w.$])group\\b");
		private static final Pattern GROUP_IS = Pattern.compile("group\\s*==\\s*\"([^\"\\\\]*)\"");
		private static final Pattern GROUP_IN = Pattern.compile("group\\s+in\\s*\\((\\s*\"[^\"\\\\]*\"\\s*(?:,\\s*\"[^\"\\\\]*\"\\s*)*)\\)");
		private static final Pattern GROUP_IS_VARIABLE = Pattern.compile("group\\s*==\\s*(\\$\\w+)");
		private static final Pattern GROUP_OF_VARIABLE = Pattern.compile("group\\s*==\\s*(\\$\\w+)\\.group");
		private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*(\\w+)");
		private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
		/** Types a {@code Phrase} fact also is: a pattern on them sees every phrase. */
		private static final Set<String> SUPERTYPES = Set.of("Span", "Object", Span.class.getName(), "java.lang.Object");

		private final List<PackageDescr> packages;
		/** Declared type → field names in order. */
		private final Map<String, List<String>> declared = new HashMap<>();
		/** Declared type → every field tuple its facts are created with (null: unknown). */
		private final Map<String, List<List<String>>> created = new HashMap<>();

		Reader(List<PackageDescr> packages) {
			this.packages = packages;
		}

		PhraseDemand read() {
			StringBuilder code = new StringBuilder();
			for (PackageDescr pkg : packages) {
				for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
					declared.put(type.getTypeName(), new ArrayList<>(type.getFields().keySet()));
				}
				for (RuleDescr rule : pkg.getRules()) {
					code.append(rule.getConsequence()).append('\n');
				}
				for (FunctionDescr function : pkg.getFunctions()) {
					code.append(function.getBody()).append('\n');
				}
			}
			String consequences = code.toString();
			boolean modifies = consequences.contains("modify") || consequences.contains("update(")
					|| consequences.contains(".set");
			for (Map.Entry<String, List<String>> type : declared.entrySet()) {
				created.put(type.getKey(), modifies ? null : creations(consequences, type.getKey(), type.getValue().size()));
			}
			Set<String> always = new LinkedHashSet<>();
			List<Need> conditional = new ArrayList<>();
			boolean phraseFree = false;
			for (PackageDescr pkg : packages) {
				for (RuleDescr rule : pkg.getRules()) {
					if (requiresSignal(rule.getLhs())) {
						// a rule on a meaning signal fires only on a post with one: CompiledPack looks for every group
						// then (Signal), so it neither needs a session nor its groups on other posts, whatever phrases
						// it also requires
						continue;
					}
					for (Map<String, Set<String>> reading : readings(rule.getLhs())) {
						Need need = need(rule.getLhs(), reading);
						if (need == null) {
							continue; // a required group set names no group: the reading can never fire
						}
						if (need.required().isEmpty()) {
							if (need.everyGroup()) {
								return EVERY_GROUP;
							}
							// a rule that only creates facts changes no outcome itself: it alone does not make the pack
							// worth a session (the rules that match its facts are read like any other)
							phraseFree |= !onlyCreatesFacts(rule);
							always.addAll(need.groups());
						}
						else {
							conditional.add(need);
						}
					}
				}
			}
			return new PhraseDemand(false, phraseFree, always, conditional);
		}

		/** Whether the rule must match a {@link Signal} (a pattern on it at the top of its conditions). */
		private static boolean requiresSignal(AndDescr lhs) {
			for (BaseDescr descr : lhs.getDescrs()) {
				if (descr instanceof PatternDescr pattern && pattern.getSource() == null
						&& (pattern.getObjectType().equals("Signal") || pattern.getObjectType().equals(Signal.class.getName()))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether the rule's consequence does nothing but insert new facts of types declared in the pack, from string
		 * literals and nulls ({@code insert(new ConceptClaim("...", "C_VACCINE", null));}, comments allowed): such a
		 * rule touches no outcome, no global and no other fact, so on a post where it is the only rule that can fire
		 * the pack's outcome is empty. Anything else in the consequence (a call, a variable, modify, a Java type)
		 * makes it a rule like any other.
		 */
		private boolean onlyCreatesFacts(RuleDescr rule) {
			Matcher m = FACT_CREATION.matcher(String.valueOf(rule.getConsequence()));
			int at = 0;
			while (m.find(at) && m.start() == at && m.end() > at) {
				if (m.group(1) != null && !declared.containsKey(m.group(1))) {
					return false;
				}
				at = m.end();
			}
			return at == String.valueOf(rule.getConsequence()).length();
		}

		/** One statement {@code insert(new Type("literal", null, ...));}, or blanks and comments. */
		private static final Pattern FACT_CREATION = Pattern.compile("\\s+|//[^\\n]*|/\\*(?:[^*]|\\*(?!/))*\\*/"
				+ "|insert\\s*\\(\\s*new\\s+(\\w+)\\s*\\(\\s*(?:(?:\"[^\"\\\\\\n]*\"|null)\\s*(?:,\\s*(?:\"[^\"\\\\\\n]*\"|null)\\s*)*)?\\)\\s*\\)\\s*;");

		/**
		 * Every {@code new Type(...)} in the DRL code as its string arguments (null for {@code null}); null when one
		 * has other arguments.
		 */
		private static List<List<String>> creations(String code, String type, int fields) {
			List<List<String>> tuples = new ArrayList<>();
			Matcher m = Pattern.compile("\\bnew\\s+" + Pattern.quote(type) + "\\s*\\(").matcher(code);
			while (m.find()) {
				int close = code.indexOf(')', m.end());
				if (close < 0) {
					return null;
				}
				String args = code.substring(m.end(), close);
				List<String> tuple = new ArrayList<>();
				Matcher arg = Pattern.compile("\\s*(?:\"([^\"\\\\]*)\"|(null))\\s*(,|$)").matcher(args);
				int at = 0;
				while (at < args.length() && arg.find(at) && arg.start() == at) {
					tuple.add(arg.group(2) != null ? null : arg.group(1));
					at = arg.end();
					if (arg.group(3).isEmpty()) {
						break;
					}
				}
				if (at != args.length() || tuple.size() != fields) {
					return null;
				}
				tuples.add(tuple);
			}
			return tuples;
		}

		/**
		 * The readings of a rule: one per created fact of a declared type whose fields the rule binds to variables
		 * at its top level ({@code ConceptClaim($ga : a)}), each mapping those variables to the one group they hold;
		 * one reading without variables otherwise.
		 */
		private List<Map<String, Set<String>>> readings(AndDescr lhs) {
			List<Map<String, Set<String>>> readings = new ArrayList<>();
			readings.add(new HashMap<>());
			for (BaseDescr descr : lhs.getDescrs()) {
				if (!(descr instanceof PatternDescr pattern) || !declared.containsKey(pattern.getObjectType())
						|| pattern.getSource() != null) {
					continue;
				}
				List<String> fields = declared.get(pattern.getObjectType());
				List<List<String>> tuples = created.get(pattern.getObjectType());
				Map<String, Integer> bound = new HashMap<>();
				for (BaseDescr constraint : pattern.getDescrs()) {
					if (constraint instanceof ExprConstraintDescr expr) {
						Matcher m = BINDING.matcher(expr.getExpression().trim());
						if (m.matches() && fields.contains(m.group(2))) {
							bound.put(m.group(1), fields.indexOf(m.group(2)));
						}
					}
				}
				if (bound.isEmpty() || tuples == null) {
					continue; // unknown values: group == $var stays unread, which stands for every group
				}
				List<Map<String, Set<String>>> expanded = new ArrayList<>();
				for (Map<String, Set<String>> reading : readings) {
					for (List<String> tuple : tuples) {
						Map<String, Set<String>> next = new HashMap<>(reading);
						bound.forEach((variable, field) -> next.put(variable,
								tuple.get(field) == null ? Set.of() : Set.of(tuple.get(field))));
						expanded.add(next);
					}
				}
				readings = expanded;
			}
			return readings;
		}

		/** What one reading of a rule needs; null when it can never fire. */
		private Need need(AndDescr lhs, Map<String, Set<String>> variables) {
			Map<String, Set<String>> bound = new HashMap<>(variables);
			List<Set<String>> required = new ArrayList<>();
			Set<String> groups = new LinkedHashSet<>();
			boolean[] everyGroup = { false };
			if (!required(lhs, bound, required, groups, everyGroup)) {
				return null;
			}
			return new Need(List.copyOf(required), Set.copyOf(groups), everyGroup[0]);
		}

		/**
		 * Walks conditions that must hold (the rule's top, {@code and}, {@code exists}): their Phrase patterns with a
		 * readable group are required. False when a required pattern can match no group.
		 */
		private boolean required(ConditionalElementDescr element, Map<String, Set<String>> bound,
				List<Set<String>> required, Set<String> groups, boolean[] everyGroup) {
			for (BaseDescr descr : element.getDescrs()) {
				if (descr instanceof AndDescr || descr instanceof ExistsDescr) {
					if (!required((ConditionalElementDescr) descr, bound, required, groups, everyGroup)) {
						return false;
					}
				}
				else if (descr instanceof PatternDescr pattern && pattern.getSource() == null) {
					Set<String> set = pattern(pattern, bound, groups, everyGroup);
					if (set != null) {
						if (set.isEmpty()) {
							return false;
						}
						required.add(set);
					}
				}
				else {
					named(descr, bound, groups, everyGroup);
				}
			}
			return true;
		}

		/** Adds the groups a condition that need not hold names (under not, or, accumulate ...). */
		private void named(BaseDescr descr, Map<String, Set<String>> bound, Set<String> groups, boolean[] everyGroup) {
			if (descr instanceof PatternDescr pattern) {
				if (pattern.getSource() == null) {
					pattern(pattern, bound, groups, everyGroup);
				}
				else {
					// matched against what its source gives (accumulate's result, from's objects), not the facts:
					// the facts are matched by the patterns inside the source
					named(pattern.getSource(), bound, groups, everyGroup);
				}
			}
			else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
					|| descr instanceof ExistsDescr) {
				for (BaseDescr inner : ((ConditionalElementDescr) descr).getDescrs()) {
					named(inner, bound, groups, everyGroup);
				}
			}
			else if (descr instanceof AccumulateDescr accumulate) {
				named(accumulate.getInput(), bound, groups, everyGroup);
			}
			else if (descr instanceof CollectDescr collect) {
				named(collect.getInputPattern(), bound, groups, everyGroup);
			}
			else if (!(descr instanceof EvalDescr || descr instanceof FromDescr || descr instanceof EntryPointDescr)) {
				everyGroup[0] = true; // a condition this reader does not know (forall, window ...)
			}
		}

		/**
		 * The groups a pattern can match when it is a Phrase pattern with a readable group (null otherwise), adding
		 * them to the groups named; a pattern that sees every phrase sets {@code everyGroup}.
		 */
		private Set<String> pattern(PatternDescr pattern, Map<String, Set<String>> bound, Set<String> groups,
				boolean[] everyGroup) {
			String type = pattern.getObjectType();
			if (SUPERTYPES.contains(type)) {
				everyGroup[0] = true;
				return null;
			}
			if (!"Phrase".equals(type) && !Phrase.class.getName().equals(type)) {
				return null;
			}
			Set<String> set = null;
			List<String> groupVariables = new ArrayList<>();
			for (BaseDescr constraint : pattern.getDescrs()) {
				if (!(constraint instanceof ExprConstraintDescr expr)) {
					continue;
				}
				String text = expr.getExpression().trim();
				Set<String> read = group(text, bound);
				if (read != null) {
					set = set == null ? read : intersection(set, read);
				}
				Matcher binding = BINDING.matcher(text);
				if (binding.matches() && "group".equals(binding.group(2))) {
					groupVariables.add(binding.group(1));
				}
			}
			if (set == null) {
				everyGroup[0] = true;
			}
			else {
				groups.addAll(set);
			}
			if (pattern.getIdentifier() != null) {
				groupVariables.add(pattern.getIdentifier() + ".group");
			}
			for (String variable : groupVariables) {
				if (set == null) {
					bound.remove(variable);
				}
				else {
					bound.put(variable, set);
				}
			}
			return set;
		}

		/** The groups one constraint allows, or null when it does not restrict the group in a way read here. */
		private static Set<String> group(String text, Map<String, Set<String>> bound) {
			if (!GROUP_WORD.matcher(text).find()) {
				return null;
			}
			Matcher m = GROUP_IS.matcher(text);
			if (m.matches()) {
				return Set.of(m.group(1));
			}
			m = GROUP_IN.matcher(text);
			if (m.matches()) {
				Set<String> set = new LinkedHashSet<>();
				Matcher literal = LITERAL.matcher(m.group(1));
				while (literal.find()) {
					set.add(literal.group(1));
				}
				return set;
			}
			m = GROUP_OF_VARIABLE.matcher(text);
			if (m.matches()) {
				return bound.get(m.group(1) + ".group");
			}
			m = GROUP_IS_VARIABLE.matcher(text);
			if (m.matches()) {
				return bound.get(m.group(1));
			}
			return null;
		}

		private static Set<String> intersection(Set<String> a, Set<String> b) {
			Set<String> both = new LinkedHashSet<>(a);
			both.retainAll(b);
			return both;
		}
	}
}
