// The virtual modules of `src/integration/virtual-modules.ts`, as pages and components import them.

declare module 'virtual:trackbook/components/Header' {
  const Header: typeof import('./components/Header.astro').default;
  export default Header;
}

declare module 'virtual:trackbook/components/Footer' {
  const Footer: typeof import('./components/Footer.astro').default;
  export default Footer;
}

declare module 'virtual:trackbook/components/Hero' {
  const Hero: typeof import('./components/Hero.astro').default;
  export default Hero;
}

declare module 'virtual:trackbook/brand' {
  export const brand: import('./integration/brand.ts').BrandAssets;
}
