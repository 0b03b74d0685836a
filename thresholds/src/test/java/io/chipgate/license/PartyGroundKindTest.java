package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.parties.PartyRole;
import org.junit.jupiter.api.Test;

/**
 * The review policy an Entity List entry states (supplement no. 4 to part 744, column "licence review policy"), read
 * as a kind: the entries' own wordings — "Presumption of denial", "Policy of denial", "Case-by-case review", "Presumption
 * of approval" — and a cross-reference that names none.
 */
class PartyGroundKindTest {
    @Test
    void eachStatedPolicyIsItsKind() {
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, PartyGround.kind("Presumption of denial."));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, PartyGround.kind("Policy of denial for all items subject to the EAR"));
        assertEquals(ReviewPolicy.Kind.CASE_BY_CASE, PartyGround.kind("Case-by-case review for ECCNs 1A004 and 1A995"));
        assertEquals(ReviewPolicy.Kind.CASE_BY_CASE, PartyGround.kind("case by case"));
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, PartyGround.kind("Presumption of approval"));
        assertEquals(ReviewPolicy.Kind.UNKNOWN, PartyGround.kind("See § 744.2(d) of the EAR"));
        assertEquals(ReviewPolicy.Kind.UNKNOWN, PartyGround.kind("not stated in the list"));
    }

    @Test
    void theGroundAndRoleNames() {
        assertEquals(Ground.PARTY_LISTING, new PartyGround().key());
        assertEquals("intermediate", PartyGround.role(new Party(PartyRole.INTERMEDIATE, "Fwd")));
        assertEquals("end user", PartyGround.role(new Party(PartyRole.END_USER, "Zeta")));
    }
}
