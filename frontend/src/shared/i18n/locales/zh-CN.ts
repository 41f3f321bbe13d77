const zhCN = {
  brand: {
    name: '皖货汇',
    tagline: '安徽好物，一站汇聚',
  },
  nav: {
    label: '主导航',
    menu: '菜单',
    pavilion: '安徽馆',
    producer: '生产者',
    organizer: '活动组织',
    matchmaking: '网货对接',
    admin: '管理',
  },
  language: {
    switchTo: '切换语言',
    zhCN: '中文',
    en: 'English',
  },
  roles: {
    ADMIN: '管理员',
    REVIEWER: '审核员',
    ORGANIZER: '活动组织者',
    PRODUCER: '生产者',
    BUYER: '采购商',
    CONSUMER: '消费者',
  },
  auth: {
    loginLink: '登录',
    logout: '退出登录',
    loggedOut: '您已退出登录',
    welcome: '欢迎回来，{name}',
    login: {
      title: '登录',
      subtitle: '登录皖货汇，管理商品、活动与对接',
      username: '用户名',
      password: '密码',
      submit: '登录',
      noAccount: '还没有账号？',
      toRegister: '立即注册',
      retryAfter: '尝试次数过多，请在 {seconds} 秒后重试',
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
    },
    register: {
      title: '注册',
      subtitle: '创建账号，开始选购或推广安徽好物',
      username: '用户名',
      displayName: '显示名称',
      password: '密码',
      role: '我是',
      submit: '注册',
      hasAccount: '已有账号？',
      toLogin: '去登录',
      created: '注册成功，欢迎 {name}',
      usernameRequired: '请输入用户名',
      displayNameRequired: '请输入显示名称',
      passwordRequired: '请输入密码',
      roleRequired: '请选择角色',
    },
  },
  pavilion: {
    title: '安徽馆',
    subtitle: '汇聚安徽十六市的名优特产与地理标志产品',
    search: {
      label: '搜索商品',
      placeholder: '搜索商品，例如：黄山毛峰、宣纸、砀山酥梨',
      submit: '搜索',
      searching: '正在搜索…',
      resultCount: '共找到 {total} 件商品',
      empty: '没有找到与“{query}”相关的商品',
      unavailable: '搜索服务暂时不可用，请稍后再试',
      failed: '搜索失败',
    },
    product: {
      geographicalIndication: '地理标志',
      origin: '产地：{prefecture}',
    },
    prefectures: {
      title: '安徽十六市',
      subtitle: '按产地浏览安徽好物',
      empty: '暂无地区数据',
      loadFailed: '地区数据加载失败',
    },
  },
  sections: {
    comingSoon: '该板块正在建设中，敬请期待',
    producer: {
      title: '生产者中心',
      description: '生产者在这里维护商品与产地信息、申请地理标志认证，并查看销售与库存情况。',
    },
    organizer: {
      title: '活动组织',
      description: '活动组织者在这里策划促销与展销活动、审核生产者报名，并跟踪活动进度。',
    },
    matchmaking: {
      title: '网货对接',
      description: '采购商与生产者在这里发布供需信息、在线洽谈，并对接电商平台的网货订单。',
    },
    admin: {
      title: '管理后台',
      description: '管理员在这里管理用户与角色、审核内容、维护地区数据，并查看平台运行状况。',
    },
  },
  access: {
    title: '无权访问',
    description: '当前账号没有访问该页面的权限。需要以下角色之一：{roles}',
    home: '返回首页',
    switchAccount: '切换账号',
  },
  notFound: {
    title: '页面不存在',
    description: '您访问的页面不存在或已被移除。',
    home: '返回首页',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
    listSeparator: '、',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    unexpected: '服务器返回了意外的响应，请稍后再试',
  },
}

export type HubMessages = typeof zhCN
export default zhCN
