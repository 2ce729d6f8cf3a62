import axios from "axios";

/** HTTP client for the analytics partner (a third party: PIPL Art. 23 applies to what it gets). */
export const analyticsHttp = axios.create({
  baseURL: "https://collect.analytics.example.com",
  timeout: 3000,
});
