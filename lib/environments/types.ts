/** A step of the promotion path (Dev, Stg, Prd), in the order a campaign moves through them. */
export type EnvironmentView = { id: string; name: string; position: number };
