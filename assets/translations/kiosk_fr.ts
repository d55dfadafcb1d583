<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssistanceBar</name>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="26"/>
        <source>I&apos;m on my way</source>
        <translation>J’arrive</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="28"/>
        <source>Answer the customer&apos;s call: I&apos;m on my way</source>
        <translation>Répondre à l’appel du client : j’arrive</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="31"/>
        <source>Customer&apos;s rating</source>
        <translation>Avis du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="34"/>
        <source>Hand the tablet to the customer you helped for a rating</source>
        <translation>Tendre la tablette au client aidé pour qu&apos;il donne son avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="37"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="58"/>
        <source>Once you have helped the customer, hand them the tablet: one tap tells us how it went.</source>
        <translation>Une fois le client aidé, tendez-lui la tablette : un seul geste nous dit comment cela s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="63"/>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="65"/>
        <source>%1 asks for an associate at the kiosk, about their online cart (%2).</source>
        <translation>%1 demande un conseiller à la borne, pour son panier en ligne (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="67"/>
        <source>%1 checked in at the kiosk for order %2: bring it to the pickup desk.</source>
        <translation>%1 s’est signalé(e) à la borne pour la commande %2 : apportez-la au comptoir de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="69"/>
        <source>%1 asks for an associate at the kiosk about a return (%2).</source>
        <translation>%1 demande un conseiller à la borne pour un retour (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="70"/>
        <source>%1 asks for an associate at the kiosk.</source>
        <translation>%1 demande un conseiller à la borne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/assistance_bar.py" line="75"/>
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n autre en attente</numerusform>
            <numerusform>%n autres en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="23"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="23"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="23"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="23"/>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="24"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="28"/>
        <source>Pickup check-in</source>
        <translation>Arrivée client (retrait)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="29"/>
        <source>Customer identified</source>
        <translation>Client identifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="30"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="31"/>
        <source>Voucher issued</source>
        <translation>Bon d&apos;achat émis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="32"/>
        <source>Points taken back</source>
        <translation>Points repris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="37"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="37"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="48"/>
        <source>The central system had already moved this order on (it is %1) when the check-in arrived; the desk shows the central state. Check the order with the customer, then mark this as resolved.</source>
        <translation>Le système central avait déjà fait avancer cette commande (elle est %1) quand l&apos;arrivée du client a été transmise ; le comptoir affiche l&apos;état central. Vérifiez la commande avec le client, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="54"/>
        <source>These items had already been returned (on another tablet or channel) when this return arrived, so the central system did not book its refund; a voucher issued for it is on hold. Check the items and the receipt with a manager: if the customer was refunded twice, contact them or cancel the voucher at customer service; then mark this as resolved.</source>
        <translation>Ces articles avaient déjà été retournés (sur une autre tablette ou un autre canal) quand ce retour est arrivé : le système central n&apos;a pas enregistré son remboursement et le bon d&apos;achat émis pour lui est bloqué. Vérifiez les articles et le ticket avec un responsable : si le client a été remboursé deux fois, contactez-le ou faites annuler le bon par le service client, puis marquez ceci comme traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="59"/>
        <source>The central system no longer matched this action when it arrived. Check the situation, then mark this as resolved.</source>
        <translation>Le système central ne correspondait plus à cette action à son arrivée. Vérifiez la situation, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/attention_model.py" line="62"/>
        <source>The central system refused this action for good, so it was not applied; later actions on the same subject wait behind it. If the cause was fixed centrally, press Send again; otherwise redo the action by another way if needed and mark this as resolved to let the waiting actions go.</source>
        <translation>Le système central a refusé définitivement cette action : elle n&apos;a pas été appliquée, et les actions suivantes sur le même sujet attendent derrière elle. Si la cause a été corrigée au central, appuyez sur Renvoyer ; sinon refaites l&apos;action autrement si besoin et marquez ce point comme résolu pour libérer les actions en attente.</translation>
    </message>
</context>
<context>
    <name>BasketDialog</name>
    <message>
        <location filename="../../kiosk/ui/customer/basket_dialog.py" line="26"/>
        <source>Basket for the till</source>
        <translation>Panier pour la caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/basket_dialog.py" line="28"/>
        <source>Scan this code at the till to take over the basket.</source>
        <translation>Scannez ce code à la caisse pour reprendre le panier.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="68"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="73"/>
        <source>Camera to scan with</source>
        <translation>Caméra utilisée pour scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="81"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="107"/>
        <source>Camera %1 (from the settings)</source>
        <translation>Caméra %1 (fixée dans les réglages)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="156"/>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="158"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="194"/>
        <source>Show the code to the camera.</source>
        <translation>Présentez le code à la caméra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="201"/>
        <source>Code read.</source>
        <translation>Code lu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="213"/>
        <location filename="../../kiosk/ui/camera/panel.py" line="231"/>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="215"/>
        <source>Camera off</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="219"/>
        <source>Press “Start camera”, then show the code. A handheld scanner works at any time.</source>
        <translation>Appuyez sur « Démarrer la caméra », puis présentez le code. La douchette fonctionne à tout moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="224"/>
        <source>No camera found. Plug one in and press “Start camera”, or use the handheld scanner or type the code.</source>
        <translation>Aucune caméra trouvée. Branchez-en une et appuyez sur « Démarrer la caméra », ou utilisez la douchette ou saisissez le code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="226"/>
        <source>The camera stopped sending pictures (unplugged?). Press “Start camera” to try again.</source>
        <translation>La caméra n&apos;envoie plus d&apos;images (débranchée ?). Appuyez sur « Démarrer la caméra » pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="228"/>
        <source>The camera could not be started. Choose another camera or use the handheld scanner.</source>
        <translation>La caméra n&apos;a pas pu démarrer. Choisissez une autre caméra ou utilisez la douchette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera/panel.py" line="233"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="119"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="119"/>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="120"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <location filename="../../kiosk/ui/performance/comments_model.py" line="19"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/comments_model.py" line="19"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/comments_model.py" line="19"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/comments_model.py" line="19"/>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/comments_model.py" line="20"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>CustomerHtml</name>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="44"/>
        <source>Customer with a store pass</source>
        <translation>Client avec un pass magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="61"/>
        <source>Click &amp; collect waiting at this store</source>
        <translation>Click &amp; collect en attente dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="68"/>
        <source>Online browsing hidden: the customer has not agreed to personalisation.</source>
        <translation>Navigation en ligne masquée : le client n&apos;a pas accepté la personnalisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="84"/>
        <source>Similar to what they looked at, in stock here</source>
        <translation>Proches de ce qu&apos;il a regardé, en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="100"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="91"/>
        <source>No online activity, cart or order yet.</source>
        <translation>Pas encore d&apos;activité en ligne, de panier ni de commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="71"/>
        <source>Seen online</source>
        <translation>Vu en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="132"/>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="134"/>
        <source>Offline: from this tablet&apos;s copy (updated %1)</source>
        <translation>Hors ligne : copie de cette tablette (mise à jour %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="137"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="137"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="137"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="139"/>
        <source>Loyalty:</source>
        <translation>Fidélité :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="140"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="144"/>
        <source>Vouchers and credit notes:</source>
        <translation>Bons d&apos;achat et avoirs :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="127"/>
        <source>a product not in the catalogue</source>
        <translation>un produit absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="45"/>
        <source>Offline: this customer is not on this tablet. Their signed pass was checked; their contact details, cart, orders and browsing need the network.</source>
        <translation>Hors ligne : ce client n&apos;est pas sur cette tablette. Son pass signé a été vérifié ; ses coordonnées, son panier, ses commandes et sa navigation nécessitent le réseau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="48"/>
        <source>personalised advice</source>
        <translation>conseils personnalisés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="49"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="50"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="51"/>
        <source>none</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="55"/>
        <source>Agreed to:</source>
        <translation>A accepté :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="70"/>
        <source>No online browsing yet.</source>
        <translation>Pas encore de navigation en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="102"/>
        <source>to the card</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="102"/>
        <source>in cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="103"/>
        <source>as a voucher</source>
        <translation>en bon d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="104"/>
        <source>as a credit note</source>
        <translation>en avoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="112"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="120"/>
        <source>to order (not in stock here)</source>
        <translation>à commander (pas en stock ici)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="123"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="145"/>
        <source>(usable in store and online)</source>
        <translation>(utilisables en magasin et en ligne)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="149"/>
        <source>(code %1, valid until %2)</source>
        <translation>(code %1, valable jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="163"/>
        <source>%1 here, aisle %2</source>
        <translation>%1 ici, rayon %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="165"/>
        <source>in %n other store(s)</source>
        <translation>
            <numerusform>dans %n autre magasin</numerusform>
            <numerusform>dans %n autres magasins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="166"/>
        <source>online only</source>
        <translation>en ligne seulement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="167"/>
        <source>no longer sold</source>
        <translation>plus vendu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="168"/>
        <source>stock unknown</source>
        <translation>stock inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="172"/>
        <source>%1 put aside</source>
        <translation>%1 mis de côté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="178"/>
        <source>placed</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="178"/>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="179"/>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="179"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="180"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="180"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="181"/>
        <source>returned</source>
        <translation>retournée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="184"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="184"/>
        <source>app</source>
        <translation>appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="185"/>
        <source>store</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="190"/>
        <source>Searched “%1”</source>
        <translation>A cherché « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer/html.py" line="199"/>
        <source>viewed %n time(s)</source>
        <translation>
            <numerusform>vu %n fois</numerusform>
            <numerusform>vu %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="200"/>
        <source>in their cart</source>
        <translation>dans son panier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="200"/>
        <source>same brand</source>
        <translation>même marque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="201"/>
        <source>same category</source>
        <translation>même catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/html.py" line="202"/>
        <source>same colour</source>
        <translation>même couleur</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="30"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="31"/>
        <source>Scan the customer&apos;s store pass or loyalty card, or search by name, email, phone or card number.</source>
        <translation>Scannez le pass magasin ou la carte de fidélité du client, ou cherchez par nom, e-mail, téléphone ou n° de carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="38"/>
        <source>Name, email, phone or card number</source>
        <translation>Nom, e-mail, téléphone ou n° de carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="39"/>
        <source>Search customers</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="47"/>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="93"/>
        <source>All customers searched. Showing the best matches: type more to narrow them.</source>
        <translation>Recherche dans tous les clients. Meilleurs résultats affichés : précisez la saisie pour affiner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="94"/>
        <source>All customers searched.</source>
        <translation>Recherche dans tous les clients.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="96"/>
        <source>Offline: only this store&apos;s customers were searched (recent visits and orders waiting here).</source>
        <translation>Hors ligne : recherche limitée aux clients de ce magasin (visites récentes et commandes en attente ici).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="129"/>
        <source>This customer&apos;s account was closed: their data was removed from this tablet and the screen.</source>
        <translation>Le compte de ce client a été fermé : ses données ont été retirées de cette tablette et de l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/page.py" line="134"/>
        <source>The customer view was closed after a while without activity.</source>
        <translation>La fiche client a été fermée après un moment sans activité.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="85"/>
        <source>Go to the pickup desk</source>
        <translation>Aller au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="92"/>
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="98"/>
        <source>Put aside to try on</source>
        <translation>Mettre de côté pour essayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="99"/>
        <source>Reserved for %1 min; other tablets see it after their next sync.</source>
        <translation>Réservé %1 min ; les autres tablettes le voient après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="105"/>
        <source>Send to the till</source>
        <translation>Envoyer en caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="153"/>
        <source>No customer open.</source>
        <translation>Aucun client ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="179"/>
        <source>None of the lines kept is on the shelf here.</source>
        <translation>Aucune des lignes gardées n&apos;est en rayon ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="189"/>
        <source>Put aside to try on until %1.</source>
        <translation>Mis de côté pour essayage jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/panel.py" line="205"/>
        <source>Basket %1 sent to the till.</source>
        <translation>Panier %1 envoyé en caisse.</translation>
    </message>
</context>
<context>
    <name>CustomerRatingDialog</name>
    <message>
        <location filename="../../kiosk/ui/partials/customer_rating.py" line="33"/>
        <source>Your opinion</source>
        <translation>Votre avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/customer_rating.py" line="42"/>
        <source>Thank you for your visit!</source>
        <translation>Merci de votre visite !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/customer_rating.py" line="52"/>
        <source>No thanks: give the tablet back</source>
        <translation>Non merci : rendre la tablette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/customer_rating.py" line="71"/>
        <source>Thank you! Please give the tablet back to the associate.</source>
        <translation>Merci ! Vous pouvez rendre la tablette au vendeur.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../kiosk/ui/customer/results_model.py" line="11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/results_model.py" line="11"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer/results_model.py" line="11"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>EnrolWindow</name>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="34"/>
        <location filename="../../kiosk/ui/enrol/window.py" line="41"/>
        <source>Enrol this device</source>
        <translation>Enregistrer cet appareil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="43"/>
        <source>This tablet is not enrolled in a store yet. Ask a manager for a pairing code (valid 15 minutes, once), then type it or scan its QR code.</source>
        <translation>Cette tablette n&apos;est encore rattachée à aucun magasin. Demandez un code d&apos;appairage à un responsable (valable 15 minutes, une seule fois), puis saisissez-le ou scannez son code QR.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="47"/>
        <source>Pairing code, e.g. K7MQ-4TZP</source>
        <translation>Code d&apos;appairage, par ex. K7MQ-4TZP</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="48"/>
        <source>Pairing code</source>
        <translation>Code d&apos;appairage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="52"/>
        <source>Enrol</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="53"/>
        <source>Enrol this device with the code</source>
        <translation>Enregistrer cet appareil avec le code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="64"/>
        <source>Type the pairing code first.</source>
        <translation>Saisissez d&apos;abord le code d&apos;appairage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="67"/>
        <source>Enrolling…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="72"/>
        <source>Enrolled.</source>
        <translation>Appareil enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="78"/>
        <source>Too many wrong codes: wait a minute, then try again.</source>
        <translation>Trop de codes erronés : patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="81"/>
        <source>This code was used already: ask a manager for a new one.</source>
        <translation>Ce code a déjà servi : demandez-en un nouveau à un responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="83"/>
        <source>This code has expired (it is valid 15 minutes): ask a manager for a new one.</source>
        <translation>Ce code a expiré (il est valable 15 minutes) : demandez-en un nouveau à un responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="85"/>
        <source>The device this code was for has been removed: ask a manager for a new code.</source>
        <translation>L&apos;appareil auquel ce code était destiné a été retiré : demandez un nouveau code à un responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="87"/>
        <source>This code is not known: check it, or ask a manager for a new one.</source>
        <translation>Ce code est inconnu : vérifiez-le, ou demandez-en un nouveau à un responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="90"/>
        <source>The central system cannot be reached: check the network, then try again.</source>
        <translation>Le système central est injoignable : vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/window.py" line="93"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>FeedbackTexts</name>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="26"/>
        <source>How was collecting your order today?</source>
        <translation>Comment s&apos;est passé le retrait de votre commande aujourd&apos;hui ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="27"/>
        <source>How was your return today?</source>
        <translation>Comment s&apos;est passé votre retour aujourd&apos;hui ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="28"/>
        <source>How helpful was our associate today?</source>
        <translation>Notre vendeur vous a-t-il bien aidé aujourd&apos;hui ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="29"/>
        <source>How easy was it at this kiosk today?</source>
        <translation>Cette borne a-t-elle été facile à utiliser aujourd&apos;hui ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="32"/>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="32"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="33"/>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="34"/>
        <source>Help from an associate</source>
        <translation>Aide d&apos;un vendeur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="37"/>
        <source>Waiting time</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="37"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="38"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="38"/>
        <source>The store</source>
        <translation>Le magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="39"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>FigureTexts</name>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="76"/>
        <source>Click &amp; collect orders</source>
        <translation>Commandes click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="77"/>
        <source>Collected in store</source>
        <translation>Retirées en magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="78"/>
        <source>Order to ready (median)</source>
        <translation>De la commande à prête (médiane)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="79"/>
        <source>Ready on target</source>
        <translation>Prêtes dans l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="80"/>
        <source>Ready to collected (median)</source>
        <translation>De prête à retirée (médiane)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="81"/>
        <source>No-shows</source>
        <translation>Non retirées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="82"/>
        <source>Refused at the desk</source>
        <translation>Refusées au comptoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="83"/>
        <source>Desk wait (median)</source>
        <translation>Attente au comptoir (médiane)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="84"/>
        <source>Desk wait (9 in 10 within)</source>
        <translation>Attente au comptoir (9 sur 10 en moins de)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="85"/>
        <source>In-store sales</source>
        <translation>Ventes en magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="86"/>
        <source>Sales of a product viewed online</source>
        <translation>Ventes d&apos;un produit vu en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="87"/>
        <source>Sales of a category viewed online</source>
        <translation>Ventes d&apos;une catégorie vue en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="88"/>
        <source>Baskets sent to the till that sold</source>
        <translation>Paniers envoyés en caisse et vendus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="89"/>
        <source>Return rate, website orders</source>
        <translation>Taux de retour, commandes site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="90"/>
        <source>Return rate, app orders</source>
        <translation>Taux de retour, commandes appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="91"/>
        <source>Return rate, store sales</source>
        <translation>Taux de retour, ventes magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="92"/>
        <source>Online units returned here</source>
        <translation>Articles en ligne retournés ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="93"/>
        <source>Sales to an identified customer</source>
        <translation>Ventes à un client identifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="94"/>
        <source>Customers on several channels</source>
        <translation>Clients sur plusieurs canaux</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="95"/>
        <source>Satisfied, pickup</source>
        <translation>Satisfaits, retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="96"/>
        <source>Satisfied, returns</source>
        <translation>Satisfaits, retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="97"/>
        <source>Satisfied, kiosk</source>
        <translation>Satisfaits, borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="98"/>
        <source>Satisfied, help from an associate</source>
        <translation>Satisfaits, aide d&apos;un vendeur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="99"/>
        <source>Kiosk answer rate</source>
        <translation>Taux de réponse à la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="100"/>
        <source>Net promoter score</source>
        <translation>Net promoter score (NPS)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="104"/>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="105"/>
        <source>Research online, buy in store</source>
        <translation>Recherche en ligne, achat en magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="106"/>
        <source>Returns by channel</source>
        <translation>Retours par canal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="107"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="108"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="129"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="146"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="148"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="151"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="152"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="156"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures.py" line="156"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../kiosk/ui/performance/figures_model.py" line="60"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures_model.py" line="60"/>
        <source>This store</source>
        <translation>Ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures_model.py" line="60"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures_model.py" line="61"/>
        <source>Chain</source>
        <translation>Enseigne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures_model.py" line="61"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/figures_model.py" line="70"/>
        <source>missed</source>
        <translation>non atteint</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="123"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="140"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="143"/>
        <source>Done: end my session and clear my data</source>
        <translation>Terminé : fermer ma session et effacer mes données</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="211"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="214"/>
        <source>Scan your store pass (in our app) or your loyalty card to see your cart, pick up an order or start a return.</source>
        <translation>Scannez votre pass magasin (dans notre appli) ou votre carte de fidélité pour voir votre panier, retirer une commande ou commencer un retour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="223"/>
        <source>Store pass or loyalty card</source>
        <translation>Pass magasin ou carte de fidélité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="224"/>
        <source>Hold the code under the scanner below the screen.</source>
        <translation>Présentez le code sous le lecteur, en dessous de l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="225"/>
        <source>Collecting an order?</source>
        <translation>Vous retirez une commande ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="226"/>
        <source>Scan the pickup pass from your “order ready” email: we tell the desk you are here.</source>
        <translation>Scannez le pass de retrait reçu dans l’e-mail « commande prête » : nous prévenons le comptoir de votre arrivée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="228"/>
        <source>Seen something you like?</source>
        <translation>Un article vous plaît ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="229"/>
        <source>Scan its label to see the price, where it is in the store, and to buy it on your phone.</source>
        <translation>Scannez son étiquette pour voir son prix, où il se trouve en magasin, et l’acheter sur votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="254"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="275"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="307"/>
        <source>My cart</source>
        <translation>Mon panier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="256"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="390"/>
        <source>Pick up my order</source>
        <translation>Retirer ma commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="258"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="464"/>
        <source>Start a return</source>
        <translation>Commencer un retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="260"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="346"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="616"/>
        <source>Continue on my phone</source>
        <translation>Continuer sur mon téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="271"/>
        <source>Hello %1!</source>
        <translation>Bonjour %1 !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="272"/>
        <source>Hello!</source>
        <translation>Bonjour !</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="274"/>
        <source>My cart (%n item(s))</source>
        <translation>
            <numerusform>Mon panier (%n article)</numerusform>
            <numerusform>Mon panier (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="289"/>
        <source>Welcome back: your session continues.</source>
        <translation>Re-bonjour : votre session continue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="309"/>
        <source>Your online cart is empty.</source>
        <translation>Votre panier en ligne est vide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="324"/>
        <source>Quantity: %1</source>
        <translation>Quantité : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="329"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="637"/>
        <source>In stock here</source>
        <translation>En stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="330"/>
        <location filename="../../kiosk/ui/self_service/flow.py" line="637"/>
        <source>aisle %1</source>
        <translation>rayon %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="334"/>
        <source>Not in stock in this store</source>
        <translation>Pas en stock dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="343"/>
        <source>Ask for an associate</source>
        <translation>Appeler un conseiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="364"/>
        <source>An associate is on the way</source>
        <translation>Un vendeur arrive</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="367"/>
        <source>We could not reach the store&apos;s tablets just now: your request will be sent as soon as possible. You can also go to any desk.</source>
        <translation>Nous n’avons pas pu joindre les tablettes du magasin : votre demande sera transmise dès que possible. Vous pouvez aussi vous rendre à un comptoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="370"/>
        <source>An associate has been called and will come to you here in a moment.</source>
        <translation>Un conseiller a été appelé et vous rejoint ici dans un instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="383"/>
        <source>Sorry, something went wrong. Please try again, or ask an associate.</source>
        <translation>Désolé, un problème est survenu. Réessayez, ou demandez à un conseiller.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="392"/>
        <source>Scan the pickup pass from your “order ready” email, or choose your order below.</source>
        <translation>Scannez le pass de retrait de l’e-mail « commande prête », ou choisissez votre commande ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="399"/>
        <source>I&apos;m here for order %1</source>
        <translation>Je suis là pour la commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="405"/>
        <source>None of your orders is waiting for you in this store right now.</source>
        <translation>Aucune de vos commandes ne vous attend dans ce magasin pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="419"/>
        <source>Thank you %1!</source>
        <translation>Merci %1 !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="420"/>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="423"/>
        <source>Order %1 (%n item(s)): the desk knows you are here and is bringing it.</source>
        <translation>
            <numerusform>Commande %1 (%n article) : le comptoir sait que vous êtes là et vous l’apporte.</numerusform>
            <numerusform>Commande %1 (%n articles) : le comptoir sait que vous êtes là et vous l’apporte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="426"/>
        <source>Estimated wait: about %n minute(s)</source>
        <translation>
            <numerusform>Attente estimée : environ %n minute</numerusform>
            <numerusform>Attente estimée : environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="429"/>
        <source>%n customer(s) ahead of you.</source>
        <translation>
            <numerusform>%n client avant vous.</numerusform>
            <numerusform>%n clients avant vous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="430"/>
        <source>You are next.</source>
        <translation>Vous êtes le prochain.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="431"/>
        <source>Please go to the click &amp; collect desk and have an ID ready.</source>
        <translation>Rendez-vous au comptoir click &amp; collect avec une pièce d’identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="435"/>
        <source>The desk&apos;s tablets will see your arrival as soon as the network is back; you can also tell the desk directly.</source>
        <translation>Les tablettes du comptoir verront votre arrivée dès le retour du réseau ; vous pouvez aussi le signaler directement au comptoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="449"/>
        <source>To start a return, scan the store pass from your app.</source>
        <translation>Pour commencer un retour, scannez le pass magasin de votre application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="453"/>
        <source>Your purchases cannot be read right now. An associate at the returns desk can help you.</source>
        <translation>Vos achats ne peuvent pas être lus pour le moment. Un conseiller au comptoir des retours peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="467"/>
        <source>None of your purchases can be returned any more. An associate can tell you more.</source>
        <translation>Aucun de vos achats ne peut plus être retourné. Un conseiller peut vous en dire plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="471"/>
        <source>Which purchase do you bring back?</source>
        <translation>Quel achat rapportez-vous ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="474"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="474"/>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="475"/>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="490"/>
        <source>What do you bring back?</source>
        <translation>Que rapportez-vous ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/self_service/flow.py" line="500"/>
        <source>Up to %n can come back</source>
        <translation>
            <numerusform>Jusqu’à %n peut être rapporté</numerusform>
            <numerusform>Jusqu’à %n peuvent être rapportés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="505"/>
        <source>One less: %1</source>
        <translation>Un de moins : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="511"/>
        <source>One more: %1</source>
        <translation>Un de plus : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="517"/>
        <source>Why: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="518"/>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="539"/>
        <source>Get my return ticket</source>
        <translation>Obtenir mon ticket de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="556"/>
        <source>Your return ticket</source>
        <translation>Votre ticket de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="559"/>
        <source>Return ticket code</source>
        <translation>Code du ticket de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="564"/>
        <source>Show this code at the returns desk with the items. An associate checks them and refunds you.</source>
        <translation>Présentez ce code au comptoir des retours avec les articles. Un conseiller les vérifie et vous rembourse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="566"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="595"/>
        <source>Thank you for your answer!</source>
        <translation>Merci pour votre réponse !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="619"/>
        <source>Code of the link for your phone</source>
        <translation>Code du lien pour votre téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="621"/>
        <source>Scan this code with your phone&apos;s camera to open %1 on our website.</source>
        <translation>Scannez ce code avec l’appareil photo de votre téléphone pour ouvrir %1 sur notre site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="623"/>
        <source>Scan this code with your phone&apos;s camera to open your cart on our website, and finish your order there.</source>
        <translation>Scannez ce code avec l’appareil photo de votre téléphone pour ouvrir votre panier sur notre site et y finaliser votre commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="640"/>
        <source>Not in stock here, available in other stores and online</source>
        <translation>Pas en stock ici, disponible dans d’autres magasins et en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="642"/>
        <source>Available online</source>
        <translation>Disponible en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_service/flow.py" line="644"/>
        <source>Buy it on my phone</source>
        <translation>L’acheter sur mon téléphone</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="50"/>
        <location filename="../../kiosk/ui/login/page.py" line="97"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="54"/>
        <source>Scan your staff badge or type your staff number, then your PIN.</source>
        <translation>Scannez votre badge ou saisissez votre matricule, puis votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="58"/>
        <location filename="../../kiosk/ui/login/page.py" line="62"/>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="67"/>
        <location filename="../../kiosk/ui/login/page.py" line="71"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="82"/>
        <location filename="../../kiosk/ui/login/page.py" line="85"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="86"/>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="95"/>
        <source>Login message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="125"/>
        <source>Badge %1: now type your PIN.</source>
        <translation>Badge %1 : saisissez maintenant votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="141"/>
        <source>Type your staff number or scan your badge.</source>
        <translation>Saisissez votre matricule ou scannez votre badge.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="145"/>
        <source>Your PIN has 4 to 8 digits.</source>
        <translation>Votre code PIN compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="150"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/login/page.py" line="167"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Le code PIN n’a pas pu être vérifié. Réessayez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell/main_window.py" line="65"/>
        <location filename="../../kiosk/ui/shell/main_window.py" line="241"/>
        <source>Store app</source>
        <translation>Application magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/main_window.py" line="181"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/main_window.py" line="181"/>
        <source>Associate</source>
        <translation>Conseiller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/main_window.py" line="231"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Verrouillée après %n minute sans utilisation.</numerusform>
            <numerusform>Verrouillée après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/main_window.py" line="263"/>
        <source>The tablet now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>La tablette se verrouille désormais après %n minute sans utilisation.</numerusform>
            <numerusform>La tablette se verrouille désormais après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="41"/>
        <source>This customer is not in the store&apos;s copy yet.</source>
        <translation>Ce client n&apos;est pas encore dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="42"/>
        <source>This line was already dealt with.</source>
        <translation>Ce point a déjà été traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="43"/>
        <source>This order is not known: check the number with the customer.</source>
        <translation>Cette commande est inconnue : vérifiez le numéro avec le client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="45"/>
        <source>Order %1 is to be collected at another store.</source>
        <translation>La commande %1 est à retirer dans un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="47"/>
        <source>This order is not on this tablet yet and the central system cannot be reached: find the order by the customer&apos;s name, or try again once online.</source>
        <translation>Cette commande n&apos;est pas encore sur cette tablette et le système central est injoignable : cherchez la commande au nom du client, ou réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="49"/>
        <source>Order %1 cannot be collected yet: it is %2.</source>
        <translation>La commande %1 ne peut pas encore être retirée : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="50"/>
        <source>Order %1 is not being prepared: it is %2.</source>
        <translation>La commande %1 n&apos;est pas en préparation : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="51"/>
        <source>Order %1 is not waiting on the shelf: it is %2.</source>
        <translation>La commande %1 n&apos;attend pas en réserve : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="52"/>
        <source>Order %1 was cancelled: nothing can be handed over. The customer&apos;s refund is handled centrally.</source>
        <translation>La commande %1 a été annulée : rien ne peut être remis. Le remboursement du client est traité par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="55"/>
        <source>Order %1 was not collected in time and went back to stock.</source>
        <translation>La commande %1 n&apos;a pas été retirée à temps et a été remise en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="56"/>
        <source>Order %1 was already collected.</source>
        <translation>La commande %1 a déjà été retirée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="58"/>
        <source>The pickup deadline of order %1 passed on %3: extend it first if the policy allows, or return the order to stock.</source>
        <translation>Le délai de retrait de la commande %1 a expiré le %3 : prolongez-le d&apos;abord si la politique le permet, ou remettez la commande en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="62"/>
        <source>Too many wrong pickup codes: code entry is locked until %5. Scan the pass or check the name against an ID.</source>
        <translation>Trop de codes de retrait erronés : saisie bloquée jusqu&apos;à %5. Scannez le pass ou vérifiez le nom sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="64"/>
        <source>Order %1 is not paid yet: it cannot be handed over. Ask the customer to complete the payment online.</source>
        <translation>La commande %1 n&apos;est pas encore payée : elle ne peut pas être remise. Demandez au client de finaliser le paiement en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="66"/>
        <source>Set at least one item to hand over or refuse.</source>
        <translation>Indiquez au moins un article remis ou refusé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="68"/>
        <source>Line %6: choose why the customer refuses it.</source>
        <translation>Ligne %6 : choisissez pourquoi le client la refuse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="69"/>
        <source>Order %1 has no line %6.</source>
        <translation>La commande %1 n&apos;a pas de ligne %6.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="70"/>
        <source>%8 is not on order %1: put it back.</source>
        <translation>%8 ne fait pas partie de la commande %1 : remettez-le en place.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="71"/>
        <source>Line %6 of order %1 is already fully picked.</source>
        <translation>La ligne %6 de la commande %1 est déjà entièrement prélevée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="72"/>
        <source>Order %1: lines %9 are neither picked nor marked missing.</source>
        <translation>Commande %1 : les lignes %9 ne sont ni prélevées ni signalées manquantes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="74"/>
        <source>Order %1: nothing was picked, so it cannot be ready. Call customer service to cancel it.</source>
        <translation>Commande %1 : rien n&apos;a été prélevé, elle ne peut pas être prête. Appelez le service client pour l&apos;annuler.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="76"/>
        <source>Give the shelf or bin where the order is put away.</source>
        <translation>Indiquez l&apos;étagère ou le bac où la commande est rangée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="77"/>
        <source>The deadline of order %1 was already extended: return it to stock.</source>
        <translation>Le délai de la commande %1 a déjà été prolongé : remettez-la en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="79"/>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="80"/>
        <source>“%1” is not an order number: it reads like WEB-100123.</source>
        <translation>« %1 » n&apos;est pas un numéro de commande : il s&apos;écrit comme WEB-100123.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="82"/>
        <source>Order %1 is still on its way to the customer: it can be returned once delivered.</source>
        <translation>La commande %1 est encore en cours de livraison : elle pourra être retournée une fois livrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="84"/>
        <source>Set how many units of each item come back.</source>
        <translation>Indiquez combien d&apos;unités de chaque article sont rapportées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="87"/>
        <source>Line %6: choose the item&apos;s condition.</source>
        <translation>Ligne %6 : choisissez l&apos;état de l&apos;article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="88"/>
        <source>Order %1 was not paid this way: refund it to the original payment or as a voucher.</source>
        <translation>La commande %1 n&apos;a pas été payée ainsi : remboursez sur le moyen de paiement d&apos;origine ou en bon d&apos;achat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="90"/>
        <source>Order %1: this refund is more than was paid.</source>
        <translation>Commande %1 : ce remboursement dépasse ce qui a été payé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="91"/>
        <source>%8 is outside the return policy: a manager can accept it, with a reason.</source>
        <translation>%8 est hors de la politique de retour : un responsable peut l&apos;accepter, avec un motif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="93"/>
        <source>%8 is outside the return policy: only a manager can accept it.</source>
        <translation>%8 est hors de la politique de retour : seul un responsable peut l&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="95"/>
        <source>Give the manager&apos;s name and why the return is accepted outside the policy.</source>
        <translation>Indiquez le nom du responsable et pourquoi le retour est accepté hors politique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="97"/>
        <source>Scan the item given in exchange: this barcode is not in the catalogue.</source>
        <translation>Scannez l&apos;article donné en échange : ce code-barres n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="100"/>
        <source>Offline, a return can refund at most %11: this one (%10) needs the network. Try again once online.</source>
        <translation>Hors ligne, un retour peut rembourser au plus %11 : celui-ci (%10) nécessite le réseau. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="103"/>
        <source>This tablet has refunded as much offline today as the policy allows (%11): this return (%10) needs the network. Try again once online.</source>
        <translation>Cette tablette a déjà remboursé hors ligne aujourd&apos;hui autant que la politique le permet (%11) : ce retour (%10) nécessite le réseau. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="105"/>
        <source>This product is not in the catalogue.</source>
        <translation>Ce produit n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="106"/>
        <source>%8 is not returnable.</source>
        <translation>%8 n&apos;est pas reprenable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="107"/>
        <source>Voucher %1 is not known on this tablet yet: the till checks it with the central system.</source>
        <translation>Le bon d&apos;achat %1 n&apos;est pas encore connu de cette tablette : la caisse le vérifie auprès du système central.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="109"/>
        <source>Only a manager can do this: ask a manager to log in on this tablet.</source>
        <translation>Seul un responsable peut le faire : demandez à un responsable de se connecter sur cette tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="111"/>
        <source>Choose between 1 and 60 minutes.</source>
        <translation>Choisissez entre 1 et 60 minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="112"/>
        <source>Another associate already answered this customer.</source>
        <translation>Un autre conseiller a déjà répondu à ce client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="118"/>
        <source>This pass has expired: ask the customer to refresh it in the app.</source>
        <translation>Ce pass a expiré : demandez au client de l&apos;actualiser dans l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="119"/>
        <source>This pass is not valid yet: check the tablet&apos;s clock.</source>
        <translation>Ce pass n&apos;est pas encore valide : vérifiez l&apos;horloge de la tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="120"/>
        <source>This pickup pass is for another store.</source>
        <translation>Ce pass de retrait est pour un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="122"/>
        <location filename="../../kiosk/ui/shell/messages.py" line="126"/>
        <source>This code was altered or forged: it was not accepted.</source>
        <translation>Ce code a été modifié ou falsifié : il n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="124"/>
        <source>This pass was signed with a key this tablet does not know yet: sync, then scan again.</source>
        <translation>Ce pass est signé avec une clé que la tablette ne connaît pas encore : synchronisez, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="128"/>
        <location filename="../../kiosk/ui/shell/messages.py" line="157"/>
        <location filename="../../kiosk/ui/shell/messages.py" line="158"/>
        <source>This is not a code this app reads.</source>
        <translation>Ce code n&apos;est pas lu par cette application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="129"/>
        <source>This code could not be read: scan it again.</source>
        <translation>Ce code n&apos;a pas pu être lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="130"/>
        <source>This number was misread: scan it again.</source>
        <translation>Ce numéro a été mal lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="131"/>
        <source>This loyalty card is not known: search the customer by name or phone.</source>
        <translation>Carte de fidélité inconnue : cherchez le client par nom ou téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="133"/>
        <source>This card&apos;s holder is not on this tablet, and finding them needs the network: scan their store pass, or try again once online.</source>
        <translation>Le titulaire de cette carte n&apos;est pas sur cette tablette et le retrouver nécessite le réseau : scannez son pass magasin, ou réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="135"/>
        <source>This customer account no longer exists.</source>
        <translation>Ce compte client n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="60"/>
        <source>This pickup code matches no order here. %n attempt(s) left before the code entry locks.</source>
        <translation>
            <numerusform>Ce code de retrait ne correspond à aucune commande ici. Encore %n essai avant le blocage de la saisie.</numerusform>
            <numerusform>Ce code de retrait ne correspond à aucune commande ici. Encore %n essais avant le blocage de la saisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="67"/>
        <source>Line %6: at most %n item(s).</source>
        <translation>
            <numerusform>Ligne %6 : %n article au plus.</numerusform>
            <numerusform>Ligne %6 : %n articles au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="85"/>
        <source>%8: at most %n unit(s) can come back (the rest was already returned or refunded).</source>
        <translation>
            <numerusform>%8 : %n unité au plus peut être reprise (le reste a déjà été retourné ou remboursé).</numerusform>
            <numerusform>%8 : %n unités au plus peuvent être reprises (le reste a déjà été retourné ou remboursé).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="115"/>
        <source>%8 has already made %n return(s) without receipt this year, the most the policy allows.</source>
        <translation>
            <numerusform>%8 a déjà fait %n retour sans ticket cette année, le maximum que la politique permet.</numerusform>
            <numerusform>%8 a déjà fait %n retours sans ticket cette année, le maximum que la politique permet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/messages.py" line="136"/>
        <source>Wrong staff number or PIN. %n attempt(s) left before this number is locked.</source>
        <translation>
            <numerusform>Numéro ou code PIN incorrect. Encore %n essai avant le blocage de ce numéro.</numerusform>
            <numerusform>Numéro ou code PIN incorrect. Encore %n essais avant le blocage de ce numéro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="139"/>
        <source>Too many wrong PINs: this staff number is locked until %5. Ask a manager if you forgot your PIN.</source>
        <translation>Trop de codes PIN incorrects : ce numéro est bloqué jusqu&apos;à %5. Demandez à un responsable si vous avez oublié votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="141"/>
        <source>A staff number is digits only and a PIN 4 to 8 digits.</source>
        <translation>Un matricule ne contient que des chiffres, et un code PIN 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="143"/>
        <source>No staff accounts on this tablet yet: it needs to sync once with the central system. Check the network.</source>
        <translation>Aucun compte du personnel sur cette tablette pour l’instant : elle doit se synchroniser une fois avec le système central. Vérifiez le réseau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="145"/>
        <source>Staff badge: to switch user, tap “Lock” first.</source>
        <translation>Badge collaborateur : pour changer d&apos;utilisateur, touchez d&apos;abord « Verrouiller ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="147"/>
        <source>This code belongs to another customer than the one on screen.</source>
        <translation>Ce code appartient à un autre client que celui affiché.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="148"/>
        <source>This code is read at the store&apos;s desks.</source>
        <translation>Ce code se lit aux comptoirs du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="149"/>
        <source>Choose at least one item of the cart.</source>
        <translation>Choisissez au moins un article du panier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="150"/>
        <source>Too many lines: at most %7 at a time.</source>
        <translation>Trop de lignes : %7 au plus à la fois.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="151"/>
        <source>Line %6: choose between 1 and %7 units.</source>
        <translation>Ligne %6 : choisissez entre 1 et %7 unités.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="152"/>
        <source>%8: only %7 in stock here.</source>
        <translation>%8 : seulement %7 en stock ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="154"/>
        <source>%8 is no longer sold: take it out of the basket.</source>
        <translation>%8 n&apos;est plus vendu : retirez-le du panier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="155"/>
        <source>This language is not available.</source>
        <translation>Cette langue n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="156"/>
        <source>Nothing was read: scan the code again.</source>
        <translation>Rien n&apos;a été lu : scannez le code à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="164"/>
        <source>This kiosk is for customers. Staff: please use a store tablet.</source>
        <translation>Cette borne est réservée aux clients. Personnel : merci d’utiliser une tablette du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="166"/>
        <source>This code belongs to another customer. To switch, tap Done first, then scan again.</source>
        <translation>Ce code appartient à un autre client. Pour changer, touchez d’abord « Terminé », puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="168"/>
        <source>This code is read at the store&apos;s desks. Ask an associate, or scan your store pass here.</source>
        <translation>Ce code se lit aux comptoirs du magasin. Demandez à un conseiller, ou scannez ici votre pass magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="170"/>
        <source>We don&apos;t know this card yet. Ask an associate to help you.</source>
        <translation>Nous ne connaissons pas encore cette carte. Un conseiller peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="172"/>
        <source>We can&apos;t read your card right now. Scan the store pass in your app, or ask an associate.</source>
        <translation>Nous ne pouvons pas lire votre carte pour le moment. Scannez le pass magasin de votre application, ou demandez à un conseiller.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="174"/>
        <source>We don&apos;t know this account yet. Ask an associate to help you.</source>
        <translation>Nous ne connaissons pas encore ce compte. Un conseiller peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="176"/>
        <source>This account no longer exists. Ask an associate to help you.</source>
        <translation>Ce compte n’existe plus. Un conseiller peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="179"/>
        <source>This pass has expired: refresh it in the app, then scan again.</source>
        <translation>Ce pass a expiré : actualisez-le dans l’appli, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="180"/>
        <source>We could not find this product. Ask an associate.</source>
        <translation>Nous ne trouvons pas ce produit. Demandez à un conseiller.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="181"/>
        <source>This order is to be collected at another store.</source>
        <translation>Cette commande est à retirer dans un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="182"/>
        <source>We could not find this order. Please see the pickup desk.</source>
        <translation>Nous ne trouvons pas cette commande. Merci de vous adresser au comptoir de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="185"/>
        <source>We cannot look up this order right now. Please see the pickup desk.</source>
        <translation>Nous ne pouvons pas consulter cette commande pour le moment. Merci de vous adresser au comptoir de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="186"/>
        <source>Your order is not ready yet: we will let you know as soon as it is.</source>
        <translation>Votre commande n’est pas encore prête : nous vous préviendrons dès qu’elle le sera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="188"/>
        <source>This order was already collected.</source>
        <translation>Cette commande a déjà été retirée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="190"/>
        <source>This order was cancelled. Please see the pickup desk.</source>
        <translation>Cette commande a été annulée. Merci de vous adresser au comptoir de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="191"/>
        <source>This order was not collected in time. Please see the pickup desk.</source>
        <translation>Cette commande n’a pas été retirée à temps. Merci de vous adresser au comptoir de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="193"/>
        <source>The pickup deadline of this order has passed. Please see the pickup desk.</source>
        <translation>Le délai de retrait de cette commande est dépassé. Merci de vous adresser au comptoir de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="195"/>
        <source>Choose at least one item to bring back.</source>
        <translation>Choisissez au moins un article à rapporter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="196"/>
        <source>Tell us why you bring each item back.</source>
        <translation>Dites-nous pourquoi vous rapportez chaque article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="197"/>
        <source>That is more than can come back for this item.</source>
        <translation>C’est plus que ce qui peut être rapporté pour cet article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="203"/>
        <source>The pickup deadline of this order has passed.</source>
        <translation>Le délai de retrait de cette commande est dépassé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="211"/>
        <source>The action was refused.</source>
        <translation>L&apos;action a été refusée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="216"/>
        <source>This code could not be read. Please try again, or ask an associate.</source>
        <translation>Ce code n’a pas pu être lu. Réessayez, ou demandez à un conseiller.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/messages.py" line="224"/>
        <source>Something went wrong and nothing was recorded. Please try again; if it happens again, call support.</source>
        <translation>Un problème est survenu et rien n&apos;a été enregistré. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
</context>
<context>
    <name>NoReceiptBox</name>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="45"/>
        <source>Reason for the return</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="49"/>
        <source>Condition of the item</source>
        <translation>État de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="52"/>
        <source>Take back as store credit</source>
        <translation>Reprendre en avoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="64"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="69"/>
        <source>No purchase of %1 found for %2.</source>
        <translation>Aucun achat de %1 trouvé pour %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="72"/>
        <source>This item is not returnable (%1).</source>
        <translation>Cet article n&apos;est pas reprenable (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="74"/>
        <source>Without receipt: %n return(s) already this year, the most the policy allows is %1.</source>
        <translation>
            <numerusform>Sans ticket : déjà %n retour cette année, la politique en permet %1 au plus.</numerusform>
            <numerusform>Sans ticket : déjà %n retours cette année, la politique en permet %1 au plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/no_receipt_box.py" line="78"/>
        <source>Without receipt it can be taken back as store credit at its lowest recent price, %1 (return %2 of %3 this year).</source>
        <translation>Sans ticket, il peut être repris en avoir à son prix le plus bas récent, %1 (retour %2 sur %3 cette année).</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="71"/>
        <source>Lines of the order</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="86"/>
        <source>Picked +1</source>
        <translation>Prélevé +1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="88"/>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="262"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="92"/>
        <source>Shelf / bin, e.g. R2-05</source>
        <translation>Étagère / bac, ex. R2-05</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="93"/>
        <source>Storage location</source>
        <translation>Emplacement de rangement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="95"/>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="221"/>
        <source>Ready for pickup</source>
        <translation>Prête pour le retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="113"/>
        <source>Collected by someone else? Their name</source>
        <translation>Retirée par une autre personne ? Son nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="114"/>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="140"/>
        <source>Name of the person collecting</source>
        <translation>Nom de la personne qui retire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="117"/>
        <source>Name checked against an ID document</source>
        <translation>Nom vérifié sur une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="122"/>
        <source>Send the notice again</source>
        <translation>Renvoyer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="127"/>
        <source>Customer is here</source>
        <translation>Le client est là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="139"/>
        <source>Collected by (if not the customer)</source>
        <translation>Retirée par (si ce n&apos;est pas le client)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="143"/>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="151"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="153"/>
        <source>Return to stock</source>
        <translation>Remettre en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="179"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="201"/>
        <source>shelf %1</source>
        <translation>étagère %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="204"/>
        <source>ready %1</source>
        <translation>prête %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="207"/>
        <source>to collect by %1</source>
        <translation>à retirer avant le %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="211"/>
        <source>NOT PAID: cannot be handed over</source>
        <translation>NON PAYÉE : ne peut pas être remise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="213"/>
        <source>collected by %1</source>
        <translation>retirée par %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="215"/>
        <source>pending sync</source>
        <translation>en attente de synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="220"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="222"/>
        <source>Customer at the desk</source>
        <translation>Client au comptoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="223"/>
        <source>Overdue: not collected in time</source>
        <translation>En retard : non retirée à temps</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="224"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="225"/>
        <source>Closed (returned to stock or cancelled)</source>
        <translation>Close (remise en stock ou annulée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="232"/>
        <source>The central system did not accept an action on this order: %1. Check the order with the customer; the Sync page lists it until someone marks it resolved.</source>
        <translation>Le système central n&apos;a pas accepté une action sur cette commande : %1. Vérifiez la commande avec le client ; la page Synchro la liste jusqu&apos;à ce que quelqu&apos;un la marque comme traitée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="239"/>
        <source>Scan each product to check it is the right one, or select a line and press Picked. Then put the order away and give its shelf.</source>
        <translation>Scannez chaque article pour vérifier que c&apos;est le bon, ou sélectionnez une ligne et appuyez sur Prélevé. Puis rangez la commande et indiquez son étagère.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="242"/>
        <source>Scan the customer&apos;s pickup pass or type their 6-digit pickup code above. Without either, check their name against an ID document.</source>
        <translation>Scannez le pass de retrait du client ou saisissez son code de retrait à 6 chiffres ci-dessus. Sans l&apos;un ni l&apos;autre, vérifiez son nom sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="246"/>
        <source>For each line, set what is handed over and what the customer refuses (with the reason); what is left stays on the shelf for later. Refused items are refunded centrally.</source>
        <translation>Pour chaque ligne, indiquez ce qui est remis et ce que le client refuse (avec le motif) ; le reste attend en réserve pour plus tard. Les articles refusés sont remboursés par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="251"/>
        <source>extend the deadline</source>
        <translation>prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="252"/>
        <source>return it to stock</source>
        <translation>la remettre en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="253"/>
        <source>The customer did not come in time. The store&apos;s policy proposes to %1.</source>
        <translation>Le client n&apos;est pas venu à temps. La politique du magasin propose de %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="255"/>
        <source>The deadline was already extended: return the order to stock; the customer is refunded centrally.</source>
        <translation>Le délai a déjà été prolongé : remettez la commande en stock ; le client est remboursé par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="262"/>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="266"/>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="262"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="262"/>
        <source>Picked</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="263"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="266"/>
        <source>Give</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="266"/>
        <source>Refuse</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="266"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="281"/>
        <source>a product not in the catalogue</source>
        <translation>un article absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="283"/>
        <source>%1 · size %2</source>
        <translation>%1 · taille %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="285"/>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 en attente)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="299"/>
        <source>Units handed over</source>
        <translation>Unités remises</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="303"/>
        <source>Units refused</source>
        <translation>Unités refusées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="320"/>
        <source>Reason for refusing</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="76"/>
        <location filename="../../kiosk/ui/performance/page.py" line="269"/>
        <location filename="../../kiosk/ui/performance/page.py" line="308"/>
        <source>Store performance</source>
        <translation>Performance du magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="78"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="80"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="82"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="93"/>
        <location filename="../../kiosk/ui/performance/page.py" line="285"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="93"/>
        <location filename="../../kiosk/ui/performance/page.py" line="285"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="94"/>
        <location filename="../../kiosk/ui/performance/page.py" line="286"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="110"/>
        <source>The store&apos;s figures for the period</source>
        <translation>Les indicateurs du magasin pour la période</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="118"/>
        <source>Per day, last four weeks</source>
        <translation>Par jour, sur les quatre dernières semaines</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="124"/>
        <source>What customers said, last four weeks</source>
        <translation>Ce que disent les clients, sur les quatre dernières semaines</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="234"/>
        <source>No comment in the last four weeks.</source>
        <translation>Aucun commentaire sur les quatre dernières semaines.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="129"/>
        <source>Customers&apos; comments, newest first</source>
        <translation>Commentaires des clients, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="152"/>
        <source>No figures on this tablet yet: they come from the central system when the tablet is online.</source>
        <translation>Aucun indicateur sur cette tablette pour l&apos;instant : ils arrivent du système central quand la tablette est en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="187"/>
        <source>The central system cannot be reached and this tablet has no figures yet.</source>
        <translation>Le système central est injoignable et cette tablette n&apos;a encore aucun indicateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="194"/>
        <location filename="../../kiosk/ui/performance/page.py" line="309"/>
        <source>Figures of %1.</source>
        <translation>Indicateurs du %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="196"/>
        <source>Offline: these are the last figures fetched, on %1 (%2).</source>
        <translation>Hors ligne : voici les derniers indicateurs reçus, le %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="199"/>
        <source>Not refreshed: these are the last figures fetched, on %1 (%2).</source>
        <translation>Non actualisés : voici les derniers indicateurs reçus, le %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="202"/>
        <source>They may be out of date.</source>
        <translation>Ils peuvent ne plus être à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="217"/>
        <source>%1 to %2, against the period before and the chain</source>
        <translation>Du %1 au %2, comparé à la période précédente et à l&apos;enseigne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="220"/>
        <source>%1, against the day before and the chain</source>
        <translation>%1, comparé à la veille et à l&apos;enseigne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="256"/>
        <location filename="../../kiosk/ui/performance/page.py" line="277"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="285"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="286"/>
        <source>Change (month)</source>
        <translation>Évolution (mois)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="286"/>
        <source>Chain (month)</source>
        <translation>Enseigne (mois)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/page.py" line="287"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="56"/>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="77"/>
        <source>Order number, name, phone or email</source>
        <translation>N° de commande, nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="85"/>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="86"/>
        <source>6-digit pickup code</source>
        <translation>Code de retrait à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="90"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="95"/>
        <source>Click &amp; collect orders</source>
        <translation>Commandes click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="110"/>
        <source>Select an order, scan a pickup pass or type a pickup code.</source>
        <translation>Sélectionnez une commande, scannez un pass de retrait ou saisissez un code de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="358"/>
        <source>Order %1: line updated.</source>
        <translation>Commande %1 : ligne mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="359"/>
        <source>Order %1 is ready: the customer is told to come.</source>
        <translation>Commande %1 prête : le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="360"/>
        <source>Order %1: the notice is sent again to the customer.</source>
        <translation>Commande %1 : l&apos;avis est renvoyé au client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="362"/>
        <source>Order %1: handover recorded.</source>
        <translation>Commande %1 : remise enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="363"/>
        <source>Order %1: deadline extended; the customer is told.</source>
        <translation>Commande %1 : délai prolongé ; le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="364"/>
        <source>Order %1 returns to stock; the customer is refunded centrally.</source>
        <translation>La commande %1 est remise en stock ; le client est remboursé par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="366"/>
        <source>Order %1 updated.</source>
        <translation>Commande %1 mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="373"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="393"/>
        <source>%1 is not on order %2: do not hand it over.</source>
        <translation>%1 ne fait pas partie de la commande %2 : ne le remettez pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="397"/>
        <source>%1 is on order %2 (line %3).</source>
        <translation>%1 fait partie de la commande %2 (ligne %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="78"/>
        <source>Search orders</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/page.py" line="361"/>
        <source>Order %1 checked in: bring it to the desk.</source>
        <translation>Commande %1 : client enregistré, apportez-la au comptoir.</translation>
    </message>
</context>
<context>
    <name>PickupState</name>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="25"/>
        <source>still to be prepared</source>
        <translation>encore à préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="26"/>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="27"/>
        <source>ready for pickup</source>
        <translation>prête au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="28"/>
        <source>already checked in</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="29"/>
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="30"/>
        <source>returned to stock</source>
        <translation>remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/table_model.py" line="31"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="30"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="31"/>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="40"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="33"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="34"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="35"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="40"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="40"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="40"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="41"/>
        <source>Pickup by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="41"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="41"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="32"/>
        <source>At the desk</source>
        <translation>Au comptoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="63"/>
        <source>Late · %n d</source>
        <translation>
            <numerusform>En retard · %n j</numerusform>
            <numerusform>En retard · %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="65"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/queue_model.py" line="69"/>
        <source>%1 · pending sync</source>
        <translation>%1 · en attente de synchro</translation>
    </message>
</context>
<context>
    <name>PurchaseTableModel</name>
    <message>
        <location filename="../../kiosk/ui/returns/purchases_model.py" line="22"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/purchases_model.py" line="22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/purchases_model.py" line="22"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="56"/>
        <source>Very poor</source>
        <translation>Très mauvais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="56"/>
        <source>Poor</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="56"/>
        <source>OK</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="57"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="57"/>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="80"/>
        <source>%1 of 5: %2</source>
        <translation>%1 sur 5 : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/rating.py" line="59"/>
        <source>What mattered most? (optional, tap before your score)</source>
        <translation>Qu&apos;est-ce qui a le plus compté ? (facultatif, à toucher avant votre note)</translation>
    </message>
</context>
<context>
    <name>ReasonTexts</name>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="36"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="37"/>
        <source>Wrong size</source>
        <translation>Taille inadaptée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="38"/>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="39"/>
        <source>Changed mind</source>
        <translation>Changement d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="40"/>
        <source>Not as described</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup/order_panel.py" line="41"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="86"/>
        <source>Pickup confirmation</source>
        <translation>Confirmation de retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="71"/>
        <source>Save as PDF to print</source>
        <translation>Enregistrer en PDF pour imprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="66"/>
        <source>Survey link for this visit</source>
        <translation>Lien vers le questionnaire de cette visite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="75"/>
        <source>Hand over for the customer&apos;s rating</source>
        <translation>Tendre au client pour son avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="115"/>
        <source>How did it go? Scan the code below to tell us in one minute.</source>
        <translation>Comment cela s&apos;est-il passé ? Scannez le code ci-dessous pour nous le dire en une minute.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="138"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="139"/>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="139"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="140"/>
        <source>Kept at the store for later</source>
        <translation>Gardé au magasin pour plus tard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/receipt_dialog.py" line="141"/>
        <source>%1 will be refunded to the original means of payment.</source>
        <translation>%1 seront remboursés sur le moyen de paiement d&apos;origine.</translation>
    </message>
</context>
<context>
    <name>RemovedPage</name>
    <message>
        <location filename="../../kiosk/ui/enrol/removed_page.py" line="18"/>
        <source>This device was removed from the store</source>
        <translation>Cet appareil a été retiré du magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/removed_page.py" line="21"/>
        <source>Its local data could not be erased completely: switch it off and call support.</source>
        <translation>Ses données locales n&apos;ont pas pu être entièrement effacées : éteignez-le et appelez le support.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/enrol/removed_page.py" line="24"/>
        <source>Its local copy of the store&apos;s data was erased, with %n event(s) not sent to the central system.</source>
        <translation>
            <numerusform>Sa copie locale des données du magasin a été effacée, avec %n événement non envoyé au système central.</numerusform>
            <numerusform>Sa copie locale des données du magasin a été effacée, avec %n événements non envoyés au système central.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/enrol/removed_page.py" line="27"/>
        <source>To use it again, a manager enrols it with a new pairing code.</source>
        <translation>Pour le réutiliser, un responsable l&apos;enregistre avec un nouveau code d&apos;appairage.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="107"/>
        <source>Lines of the purchase</source>
        <translation>Lignes de l’achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="120"/>
        <source>How the customer is refunded</source>
        <translation>Mode de remboursement du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="122"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="126"/>
        <source>Scan or type the new item&apos;s barcode</source>
        <translation>Scannez ou saisissez le code-barres du nouvel article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="127"/>
        <source>Item given in exchange</source>
        <translation>Article donné en échange</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="142"/>
        <source>Manager&apos;s name</source>
        <translation>Nom du responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="143"/>
        <source>Manager who accepts the return</source>
        <translation>Responsable qui accepte le retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="148"/>
        <source>Why it is accepted outside the policy</source>
        <translation>Pourquoi il est accepté hors politique</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="149"/>
        <source>Reason for the exception</source>
        <translation>Motif de l&apos;exception</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="162"/>
        <source>Confirm the return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="179"/>
        <source>No purchase open</source>
        <translation>Aucun achat ouvert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="181"/>
        <source>Scan the receipt or the order confirmation, type the order number, or scan the customer&apos;s pass or card to list their purchases.</source>
        <translation>Scannez le ticket ou la confirmation de commande, saisissez le numéro de commande, ou scannez le pass ou la carte du client pour lister ses achats.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="185"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="189"/>
        <source>no customer account</source>
        <translation>sans compte client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="190"/>
        <source>paid: %1</source>
        <translation>payé : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="200"/>
        <source>This order is still on its way to the customer: it can be returned once delivered.</source>
        <translation>Cette commande est encore en cours de livraison : elle pourra être retournée une fois livrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="203"/>
        <source>A return of this order was not accepted centrally: see the Sync page.</source>
        <translation>Un retour de cette commande n&apos;a pas été accepté par le système central : voir la page Synchro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="206"/>
        <source>Nothing left to return on this order: everything was returned, refunded or never handed over.</source>
        <translation>Plus rien à retourner sur cette commande : tout a été retourné, remboursé ou jamais remis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="209"/>
        <source>Returned here a moment ago; waiting to be sent to the central system.</source>
        <translation>Retourné ici à l&apos;instant ; en attente d&apos;envoi au système central.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="218"/>
        <source>Not returnable (%1)</source>
        <translation>Non reprenable (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="221"/>
        <source>Return window closed on %1</source>
        <translation>Délai de retour dépassé depuis le %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="222"/>
        <source>Returnable until %1</source>
        <translation>Reprenable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="225"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="225"/>
        <source>Back</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="225"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="225"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="226"/>
        <source>To stock</source>
        <translation>Remise stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="239"/>
        <source>Units brought back</source>
        <translation>Unités rapportées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="242"/>
        <source>Reason for the return</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="245"/>
        <source>Condition of the item</source>
        <translation>État de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="249"/>
        <source>Back to stock</source>
        <translation>Remis en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="269"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="277"/>
        <source>%1 · size %2</source>
        <translation>%1 · taille %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="279"/>
        <source>Bought %1 · %2 can come back · %3 each</source>
        <translation>Acheté %1 · %2 reprenable(s) · %3 l&apos;unité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="314"/>
        <source>To the original payment (%1)</source>
        <translation>Sur le paiement d&apos;origine (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="316"/>
        <source>Store credit: a voucher usable in store and online</source>
        <translation>Avoir : un bon d&apos;achat utilisable en magasin et en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="318"/>
        <source>Exchange for another item</source>
        <translation>Échange contre un autre article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="401"/>
        <source>Outside the return policy: a manager may accept it, with a reason.</source>
        <translation>Hors politique de retour : un responsable peut l&apos;accepter, avec un motif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="403"/>
        <source>Outside the return policy: only a manager can accept it. Ask a manager to take over this tablet.</source>
        <translation>Hors politique de retour : seul un responsable peut l&apos;accepter. Demandez à un responsable de prendre la main sur cette tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="410"/>
        <source>Choose a reason for each item coming back.</source>
        <translation>Choisissez un motif pour chaque article repris.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="423"/>
        <source>to %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="426"/>
        <source>as a voucher</source>
        <translation>en bon d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="428"/>
        <source>towards the exchanged item</source>
        <translation>sur l&apos;article échangé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="429"/>
        <source>Refund: %1</source>
        <translation>Remboursement : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/returns/return_panel.py" line="432"/>
        <source>%n loyalty point(s) taken back</source>
        <translation>
            <numerusform>%n point de fidélité repris</numerusform>
            <numerusform>%n points de fidélité repris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnReceiptDialog</name>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="33"/>
        <source>Return receipt</source>
        <translation>Ticket de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="40"/>
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="41"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="42"/>
        <source>Without receipt</source>
        <translation>Sans ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="52"/>
        <source>%1 refunded to the original payment:</source>
        <translation>%1 remboursés sur le paiement d&apos;origine :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="56"/>
        <source>Exchanged for %1 (%2).</source>
        <translation>Échangé contre %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="58"/>
        <source>To pay at the till: %1</source>
        <translation>Reste à payer en caisse : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="61"/>
        <source>Voucher %1: %2, valid until %3, in store and online (scan the QR code).</source>
        <translation>Bon d&apos;achat %1 : %2, valable jusqu&apos;au %3, en magasin et en ligne (scanner le QR code).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="68"/>
        <source>%n loyalty point(s) taken back.</source>
        <translation>
            <numerusform>%n point de fidélité repris.</numerusform>
            <numerusform>%n points de fidélité repris.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="71"/>
        <source>Accepted by a manager: %1</source>
        <translation>Accepté par un responsable : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/receipt_dialog.py" line="74"/>
        <source>Recorded offline: it is sent to the central system as soon as the tablet is online.</source>
        <translation>Enregistré hors ligne : il sera envoyé au système central dès que la tablette sera en ligne.</translation>
    </message>
</context>
<context>
    <name>ReturnTexts</name>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="52"/>
        <source>New, unworn</source>
        <translation>Neuf, non porté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="52"/>
        <source>Opened or tried</source>
        <translation>Ouvert ou essayé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="53"/>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="56"/>
        <source>bank card</source>
        <translation>carte bancaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="56"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="57"/>
        <source>gift card</source>
        <translation>carte cadeau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/return_panel.py" line="57"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="49"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="55"/>
        <source>Order number (e.g. WEB-100123) or the customer&apos;s name, email or phone</source>
        <translation>N° de commande (ex. WEB-100123) ou nom, e-mail ou téléphone du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="57"/>
        <source>Find a purchase</source>
        <translation>Retrouver un achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="61"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="74"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="80"/>
        <source>Purchases found</source>
        <translation>Achats trouvés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="117"/>
        <source>Return ticket from the kiosk: check the items and their condition, choose the refund, then confirm.</source>
        <translation>Ticket de retour de la borne : vérifiez les articles et leur état, choisissez le remboursement, puis validez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="138"/>
        <source>Purchases of customers matching “%1”</source>
        <translation>Achats des clients correspondant à « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="146"/>
        <source>Purchases of %1 holding this item</source>
        <translation>Achats de %1 contenant cet article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="147"/>
        <source>Purchases of %1, every channel</source>
        <translation>Achats de %1, tous canaux</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="186"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="211"/>
        <source>This is not a receipt of our stores: only purchases made in our stores, on our website or in our app can be returned here.</source>
        <translation>Ce n&apos;est pas un ticket de nos magasins : seuls les achats faits dans nos magasins, sur notre site ou dans notre appli peuvent être retournés ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="227"/>
        <source>%1: one more unit comes back.</source>
        <translation>%1 : une unité de plus reprise.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="231"/>
        <source>%1: nothing more of it can come back on this order.</source>
        <translation>%1 : plus rien de cet article ne peut être repris sur cette commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="238"/>
        <source>%1 is not on order %2.</source>
        <translation>%1 n&apos;est pas sur la commande %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns/page.py" line="266"/>
        <source>Return %1 recorded: %2 refunded.</source>
        <translation>Retour %1 enregistré : %2 remboursés.</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="76"/>
        <source>Log in first: scans open nothing while the tablet is locked.</source>
        <translation>Connectez-vous d’abord : un scan n’ouvre rien tant que la tablette est verrouillée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="132"/>
        <source>Order %1: customer checked in, pickup verified.</source>
        <translation>Commande %1 : client enregistré, retrait vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="143"/>
        <source>Staff badge %1: to switch user, tap “Lock” first.</source>
        <translation>Badge %1 : pour changer d’utilisateur, touchez d’abord « Verrouiller ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="154"/>
        <source>%1 in stock here (aisle %2)</source>
        <translation>%1 en stock ici (allée %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="155"/>
        <source>not in stock here</source>
        <translation>pas en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="156"/>
        <source>nearest: %1</source>
        <translation>au plus près : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/scan_router.py" line="158"/>
        <source>in %n other store(s)</source>
        <translation>
            <numerusform>dans %n autre magasin</numerusform>
            <numerusform>dans %n autres magasins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="169"/>
        <source>Voucher %1 is on hold: its return is being checked. It cannot pay for now.</source>
        <translation>Le bon d&apos;achat %1 est bloqué : son retour est en cours de vérification. Il ne peut pas servir pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="172"/>
        <source>Voucher %1 has been used or has expired.</source>
        <translation>Le bon d&apos;achat %1 a été utilisé ou a expiré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="174"/>
        <source>Voucher %1: %2 left, valid until %3 (%4), in store and online.</source>
        <translation>Bon d&apos;achat %1 : reste %2, valable jusqu&apos;au %3 (%4), en magasin et en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="178"/>
        <source>no customer account</source>
        <translation>sans compte client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/scan_router.py" line="180"/>
        <source>Issued on this tablet, not yet sent.</source>
        <translation>Émis sur cette tablette, pas encore envoyé.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="30"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="37"/>
        <source>%1 · manager</source>
        <translation>%1 · responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="38"/>
        <source>%1 · associate</source>
        <translation>%1 · conseiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="40"/>
        <source>Logged in</source>
        <translation>Connecté(e)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="42"/>
        <location filename="../../kiosk/ui/settings/page.py" line="45"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="55"/>
        <source>Lock the tablet after</source>
        <translation>Verrouiller la tablette après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="58"/>
        <source>Minutes without use before the tablet locks</source>
        <translation>Minutes sans utilisation avant le verrouillage de la tablette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="61"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="71"/>
        <source>Only a manager can change how soon tablets lock.</source>
        <translation>Seul un responsable peut changer le délai de verrouillage des tablettes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/settings/page.py" line="72"/>
        <source>Tablets lock when nobody touches them, so that no customer data stays on an unattended screen.</source>
        <translation>Les tablettes se verrouillent quand personne ne les touche, pour qu’aucune donnée client ne reste sur un écran sans surveillance.</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <location filename="../../kiosk/ui/shell/startup_problem.py" line="15"/>
        <source>This device cannot start</source>
        <translation>Cet appareil ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/startup_problem.py" line="16"/>
        <source>Its local data cannot be opened: the encryption key is missing or is not this data&apos;s key. Nothing was changed or deleted. Call support with the details below.</source>
        <translation>Ses données locales ne peuvent pas être ouvertes : la clé de chiffrement manque ou n&apos;est pas celle de ces données. Rien n&apos;a été modifié ni supprimé. Appelez le support avec les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../kiosk/ui/shell/status_bar.py" line="36"/>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/status_bar.py" line="38"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/status_bar.py" line="40"/>
        <source>● Offline: working from the local copy</source>
        <translation>● Hors ligne : travail sur la copie locale</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/status_bar.py" line="45"/>
        <source>%Ln event(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln événement en attente d&apos;envoi</numerusform>
            <numerusform>%Ln événements en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/status_bar.py" line="47"/>
        <source>(oldest %1)</source>
        <translation>(le plus ancien %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/status_bar.py" line="50"/>
        <source>Sent: %1 · Received: %2</source>
        <translation>Envoi : %1 · Réception : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/shell/status_bar.py" line="56"/>
        <source>⚠ %n to look at on the Sync page</source>
        <translation>
            <numerusform>⚠ %n à examiner sur la page Synchro</numerusform>
            <numerusform>⚠ %n à examiner sur la page Synchro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/status_bar.py" line="58"/>
        <source>⚠ queue not moving since %1</source>
        <translation>⚠ file d&apos;attente bloquée depuis %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="35"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="50"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="51"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="52"/>
        <source>Last successful upload</source>
        <translation>Dernier envoi réussi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="53"/>
        <source>Last successful download</source>
        <translation>Dernière réception réussie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="54"/>
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="55"/>
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="56"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="57"/>
        <source>Events confirmed by the server</source>
        <translation>Événements confirmés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="60"/>
        <source>Orders in the local copy</source>
        <translation>Commandes dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="61"/>
        <source>Click &amp; collect orders for this store</source>
        <translation>Commandes click &amp; collect de ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="62"/>
        <source>Customers in the local copy</source>
        <translation>Clients dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="63"/>
        <source>Products in the local copy</source>
        <translation>Produits dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="80"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="37"/>
        <location filename="../../kiosk/ui/sync_status/page.py" line="127"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="58"/>
        <source>Refused by the server</source>
        <translation>Refusés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="59"/>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="89"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="94"/>
        <source>Events to look at</source>
        <translation>Événements à examiner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="101"/>
        <location filename="../../kiosk/ui/sync_status/page.py" line="188"/>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="108"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="112"/>
        <source>Mark as resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="127"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="133"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="133"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="134"/>
        <source>Not yet connected</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="137"/>
        <source>next try in %1 s</source>
        <translation>prochain essai dans %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="145"/>
        <source>(%1 held behind a refused event)</source>
        <translation>(%1 en attente derrière un événement refusé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="151"/>
        <source>⚠ Not moving since %1</source>
        <translation>⚠ Bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="152"/>
        <source>Moving</source>
        <translation>Avance normalement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="190"/>
        <source>Select a line to see what to do.</source>
        <translation>Sélectionnez une ligne pour voir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="194"/>
        <source>Discarding it voids what it recorded: only a manager can.</source>
        <translation>L’écarter annule ce qu’il enregistrait : seul un responsable peut le faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status/page.py" line="160"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="65"/>
        <source>Figure shown per day</source>
        <translation>Indicateur affiché par jour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="70"/>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="168"/>
        <source>Show as a table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="86"/>
        <source>Figure per day, as a table</source>
        <translation>Indicateur par jour, en tableau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="125"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="156"/>
        <source>%1 per day over %2 days: last %3, lowest %4, highest %5.</source>
        <translation>%1 par jour sur %2 jours : dernier %3, plus bas %4, plus haut %5.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="161"/>
        <source>Chart: %1 per day</source>
        <translation>Graphique : %1 par jour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="168"/>
        <source>Show as a chart</source>
        <translation>Afficher en graphique</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="36"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/performance/trend_chart.py" line="36"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="87"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="101"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="101"/>
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="102"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="102"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="103"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="103"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="115"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="118"/>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="122"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell/workspace.py" line="124"/>
        <source>Lock the tablet or switch user</source>
        <translation>Verrouiller la tablette ou changer d’utilisateur</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="50"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="52"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="53"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/fmt.py" line="55"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="57"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="59"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/partials/fmt.py" line="60"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/partials/fmt.py" line="63"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
</TS>
