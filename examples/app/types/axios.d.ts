// Minimal declaration of the parts of axios (https://axios-http.com) the example app uses, so it
// type-checks without `npm install`. Shapes follow axios 1.x `index.d.ts`.
declare module "axios" {
  export interface AxiosRequestConfig {
    baseURL?: string;
    timeout?: number;
    headers?: Record<string, string>;
    params?: Record<string, unknown>;
  }
  export interface AxiosResponse<T = unknown> {
    data: T;
    status: number;
  }
  export interface AxiosInstance {
    get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    post<T = unknown>(
      url: string,
      data?: unknown,
      config?: AxiosRequestConfig,
    ): Promise<AxiosResponse<T>>;
    put<T = unknown>(
      url: string,
      data?: unknown,
      config?: AxiosRequestConfig,
    ): Promise<AxiosResponse<T>>;
  }
  export interface AxiosStatic extends AxiosInstance {
    create(config?: AxiosRequestConfig): AxiosInstance;
  }
  declare const axios: AxiosStatic;
  export default axios;
}
