/** A mail client on the module path: it reads only what autodiscover4j exports. */
module consumer {
  requires io.github.autodiscover4j;
}
