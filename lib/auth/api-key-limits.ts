/** API key rules shared by the server and the settings form (no server imports here). */
export const API_KEY_PREFIX = "tc_";
export const API_KEY_NAME_MAX = 64;
