// Data text that ends up in ECharts HTML (tooltips) goes through ECharts' own encoder: `<img onerror>` stays text.
import { format } from 'echarts/core';

export const escapeHtml = (text: string): string => format.encodeHTML(text);
