<#import "lib/privacy.ftl" as privacy>
Bonjour ${mail.displayName},

${mail.title}

Pour le voir, connectez-vous à votre Portail Famille :
${mail.url}

${privacy.note}

<#include "lib/signature.ftl">
