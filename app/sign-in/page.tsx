import { authPage, authPageMetadata } from "@/components/auth/auth-page";

export const generateMetadata = authPageMetadata("sign-in");
export default authPage("sign-in");
