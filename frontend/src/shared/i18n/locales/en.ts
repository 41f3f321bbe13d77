import type { HubMessages } from './zh-CN'

const en: HubMessages = {
  brand: {
    name: 'Wanhuo Hub',
    tagline: 'The best of Anhui, in one place',
  },
  nav: {
    label: 'Main navigation',
    menu: 'Menu',
    pavilion: 'Pavilion',
    producer: 'Producer',
    organizer: 'Organizer',
    matchmaking: 'Matchmaking',
    admin: 'Admin',
  },
  language: {
    switchTo: 'Switch language',
    zhCN: '中文',
    en: 'English',
  },
  roles: {
    ADMIN: 'Administrator',
    REVIEWER: 'Reviewer',
    ORGANIZER: 'Organizer',
    PRODUCER: 'Producer',
    BUYER: 'Buyer',
    CONSUMER: 'Consumer',
  },
  auth: {
    loginLink: 'Log in',
    logout: 'Log out',
    loggedOut: 'You have been logged out',
    welcome: 'Welcome back, {name}',
    login: {
      title: 'Log in',
      subtitle: 'Log in to manage goods, campaigns and matchmaking',
      username: 'Username',
      password: 'Password',
      submit: 'Log in',
      noAccount: 'No account yet?',
      toRegister: 'Register now',
      retryAfter: 'Too many attempts. Please retry in {seconds} seconds',
      usernameRequired: 'Please enter your username',
      passwordRequired: 'Please enter your password',
    },
    register: {
      title: 'Register',
      subtitle: 'Create an account to buy or promote goods from Anhui',
      username: 'Username',
      displayName: 'Display name',
      password: 'Password',
      role: 'I am a',
      submit: 'Register',
      hasAccount: 'Already have an account?',
      toLogin: 'Log in',
      created: 'Welcome aboard, {name}',
      usernameRequired: 'Please enter a username',
      displayNameRequired: 'Please enter a display name',
      passwordRequired: 'Please enter a password',
      roleRequired: 'Please choose a role',
    },
  },
  categories: {
    tea: 'Tea',
    silk: 'Silk',
    home_textiles: 'Home textiles',
    cultural: 'Cultural goods',
    crafts: 'Crafts',
    agricultural: 'Farm produce',
    food: 'Food',
    liquor: 'Liquor',
    herbal: 'Herbal',
    tourism: 'Tourism',
  },
  pavilion: {
    title: 'Anhui Pavilion',
    subtitle: 'Specialties and geographical-indication products from the 16 prefectures of Anhui',
    search: {
      label: 'Search goods',
      placeholder: 'Search goods, e.g. Huangshan Maofeng, Xuan paper, Dangshan pear',
      submit: 'Search',
      searching: 'Searching…',
      resultCount: '{total} goods found',
      empty: 'No goods found for “{query}”',
      unavailable: 'Search is temporarily unavailable. Please try again later',
      failed: 'Search failed',
    },
    product: {
      geographicalIndication: 'Geographical indication',
      origin: 'Origin: {prefecture}',
    },
    prefectures: {
      title: 'The 16 prefectures of Anhui',
      subtitle: 'Browse goods by where they come from',
      empty: 'No region data yet',
      loadFailed: 'Could not load the regions',
    },
  },
  sections: {
    comingSoon: 'This section is under construction. Stay tuned',
    producer: {
      title: 'Producer centre',
      description:
        'Producers will maintain their goods and origin details here, apply for geographical-indication labels and follow sales and stock.',
    },
    organizer: {
      title: 'Campaign organizer',
      description:
        'Organizers will plan promotions and trade fairs here, review producer enrolments and track campaign progress.',
    },
    matchmaking: {
      title: 'Online goods matchmaking',
      description:
        'Buyers and producers will publish supply and demand here, negotiate online and connect e-commerce platform orders.',
    },
    admin: {
      title: 'Administration',
      description:
        'Administrators will manage users and roles, review content, maintain region data and watch the platform’s health here.',
    },
  },
  admin: {
    accounts: {
      title: 'Accounts',
      subtitle: 'See every account on the platform, open accounts for staff and grant their roles',
      new: 'New account',
      search: {
        label: 'Search accounts by username',
        placeholder: 'Search by the start of a username',
      },
      columns: {
        username: 'Username',
        displayName: 'Display name',
        roles: 'Roles',
        regionScope: 'Region',
        createdAt: 'Created',
      },
      noRegionScope: '—',
      empty: 'No accounts yet',
      emptyForQuery: 'No account’s username starts with “{query}”',
      loadFailed: 'Could not load the accounts',
    },
    accountForm: {
      title: 'New account',
      username: 'Username',
      usernameHint: '3–32 letters, digits, underscores, dots or hyphens',
      displayName: 'Display name',
      password: 'Initial password',
      passwordHint: '{min}–{max} characters',
      roles: 'Roles',
      rolesPlaceholder: 'Choose one or more roles',
      regionScope: 'Region',
      regionScopePlaceholder: 'Choose the province, a prefecture or a county',
      regionScopeHint:
        'A reviewer sees and reviews producers of the chosen region only; Anhui Province covers the whole province.',
      regionsUnavailable: 'Could not load the regions, so no region can be chosen for now',
      submit: 'Create account',
      cancel: 'Cancel',
      created: 'Account {username} created',
      validation: {
        usernameRequired: 'Please enter a username',
        usernamePattern: 'A username has 3–32 letters, digits, underscores, dots or hyphens',
        displayNameRequired: 'Please enter a display name',
        displayNameTooLong: 'A display name has at most {max} characters',
        passwordRequired: 'Please enter an initial password',
        passwordLength: 'A password has {min}–{max} characters',
        rolesRequired: 'Please choose at least one role',
        regionScopeRequired: 'A reviewer needs a region',
      },
    },
    regions: {
      anhui: 'Anhui Province',
    },
  },
  access: {
    title: 'No access',
    description: 'Your account may not open this page. It needs one of these roles: {roles}',
    home: 'Back to home',
    switchAccount: 'Switch account',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist or has been removed.',
    home: 'Back to home',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    listSeparator: ', ',
  },
  errors: {
    network: 'Cannot reach the server. Please check your connection and try again',
    unexpected: 'The server sent an unexpected response. Please try again later',
  },
}

export default en
