package io.github.autodiscover4j.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped Public Suffix List and the registrable domain it gives, rule kind by rule kind. */
class PublicSuffixListTest {
  private final PublicSuffixList list = PublicSuffixList.get();

  @Test
  void plainRulesOfBothSectionsAreSuffixes() {
    for (String suffix : new String[] {"com", "co.uk", "com.br", "github.io", "s3.amazonaws.com"}) {
      assertTrue(list.isPublicSuffix(suffix), suffix);
      assertNull(list.registrableDomain(suffix), suffix);
    }
    assertEquals("example.co.uk", list.registrableDomain("mail.example.co.uk"));
    assertEquals("alice.github.io", list.registrableDomain("www.alice.github.io"));
  }

  @Test
  void wildcardAndExceptionRulesApply() {
    // *.ck makes every second-level name a suffix, except www.ck (!www.ck)
    assertTrue(list.isPublicSuffix("anything.ck"));
    assertEquals("shop.anything.ck", list.registrableDomain("www.shop.anything.ck"));
    assertFalse(list.isPublicSuffix("www.ck"));
    assertEquals("www.ck", list.registrableDomain("mail.www.ck"));
  }

  @Test
  void anUnlistedTopLevelDomainIsASuffixOfOneLabel() {
    assertTrue(list.isPublicSuffix("test"));
    assertEquals("evil.test", list.registrableDomain("autodiscover.evil.test"));
  }

  @Test
  void internationalisedRulesAreComparedInAscii() {
    // 公司.cn is listed in Unicode; hosts arrive in ASCII (IDNA), canonical
    assertTrue(list.isPublicSuffix("xn--55qx5d.cn"));
    assertEquals("xn--55qx5d.cn", Hosts.canonical("\u516c\u53f8\u3002cn"));
  }
}
