import type { ThemeConfig } from 'antd';

/** Government blue with the national red as accent. */
export const colors = {
  navy: '#0b2e6b',
  navyDark: '#071f4a',
  red: '#c8102e',
  gold: '#ffd700',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4fa3',
    colorLink: '#1d4fa3',
    colorError: colors.red,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: colors.navy, siderBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56 },
    Menu: { itemSelectedBg: '#e8eef9', itemSelectedColor: '#1d4fa3' },
  },
};
