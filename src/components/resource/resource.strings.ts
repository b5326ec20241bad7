/** `<spoc-resource>`'s own strings (the error view stays in the shared catalog). */
export interface ResourceStrings {
  opensInNewTab: string;
  download: string;
  consulted: string;
  show: string;
  unsafeLink: string;
}

export const strings: { en: ResourceStrings; fr: ResourceStrings } = {
  en: {
    opensInNewTab: '(opens in a new tab)',
    download: 'Download',
    consulted: 'Opened',
    show: 'Job aid',
    unsafeLink: 'This job aid links to an address that is not allowed.',
  },
  fr: {
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    download: 'Télécharger',
    consulted: 'Consulté',
    show: 'Fiche mémo',
    unsafeLink: 'Cette fiche pointe vers une adresse qui n’est pas autorisée.',
  },
};
