package io.chipgate.license;

import java.util.List;

/**
 * A rule that can make a foreign-made item located outside the United States subject to the EAR: a
 * foreign-direct-product rule of 15 CFR 734.9 (a product scope and a destination or end-user scope, both required) or
 * the de minimis rule of § 734.4. Each owns its dates, its words and its prongs; {@link Jurisdiction} evaluates every
 * one before the licence grounds. A new rule is a new implementation and an entry in {@link Jurisdiction#RULES}.
 */
sealed interface JurisdictionRule permits AdvancedComputingFdpRule, EntityListFdpRule, OtherFdpRules, DeMinimisRule {
    /**
     * {@return what the rule says about the item on the facts; empty when the rule is not in force on the date}
     *
     * @param facts the shipment, its classification, the party findings and the country groups
     */
    List<RuleFinding> evaluate(Jurisdiction.Facts facts);
}
