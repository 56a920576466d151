import { authPage, authPageMetadata } from "@/components/auth/auth-page";

export const generateMetadata = authPageMetadata("sign-up");
export default authPage("sign-up");
