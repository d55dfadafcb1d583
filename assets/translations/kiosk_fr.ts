<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="225"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="225"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="225"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="225"/>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="226"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="230"/>
        <source>Pickup check-in</source>
        <translation>Arrivée client (retrait)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="231"/>
        <source>Customer identified</source>
        <translation>Client identifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="232"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="233"/>
        <source>Voucher issued</source>
        <translation>Bon d&apos;achat émis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="234"/>
        <source>Points taken back</source>
        <translation>Points repris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="239"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="239"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="250"/>
        <source>The central system had already moved this order on (it is %1) when the check-in arrived; the desk shows the central state. Check the order with the customer, then mark this as resolved.</source>
        <translation>Le système central avait déjà fait avancer cette commande (elle est %1) quand l&apos;arrivée du client a été transmise ; le comptoir affiche l&apos;état central. Vérifiez la commande avec le client, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="256"/>
        <source>These items had already been returned (on another tablet or channel) when this return arrived, so the central system did not book its refund; a voucher issued for it is on hold. Check the items and the receipt with a manager: if the customer was refunded twice, contact them or cancel the voucher at customer service; then mark this as resolved.</source>
        <translation>Ces articles avaient déjà été retournés (sur une autre tablette ou un autre canal) quand ce retour est arrivé : le système central n&apos;a pas enregistré son remboursement et le bon d&apos;achat émis pour lui est bloqué. Vérifiez les articles et le ticket avec un responsable : si le client a été remboursé deux fois, contactez-le ou faites annuler le bon par le service client, puis marquez ceci comme traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="261"/>
        <source>The central system no longer matched this action when it arrived. Check the situation, then mark this as resolved.</source>
        <translation>Le système central ne correspondait plus à cette action à son arrivée. Vérifiez la situation, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="264"/>
        <source>The central system refused this action for good, so it was not applied; later actions on the same subject wait behind it. If the cause was fixed centrally, press Send again; otherwise redo the action by another way if needed and mark this as resolved to let the waiting actions go.</source>
        <translation>Le système central a refusé définitivement cette action : elle n&apos;a pas été appliquée, et les actions suivantes sur le même sujet attendent derrière elle. Si la cause a été corrigée au central, appuyez sur Renvoyer ; sinon refaites l&apos;action autrement si besoin et marquez ce point comme résolu pour libérer les actions en attente.</translation>
    </message>
</context>
<context>
    <name>BasketDialog</name>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="128"/>
        <source>Basket for the till</source>
        <translation>Panier pour la caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="130"/>
        <source>Scan this code at the till to take over the basket.</source>
        <translation>Scannez ce code à la caisse pour reprendre le panier.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="68"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="73"/>
        <source>Camera to scan with</source>
        <translation>Caméra utilisée pour scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="81"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="107"/>
        <source>Camera %1 (from the settings)</source>
        <translation>Caméra %1 (fixée dans les réglages)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="156"/>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="158"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="194"/>
        <source>Show the code to the camera.</source>
        <translation>Présentez le code à la caméra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="201"/>
        <source>Code read.</source>
        <translation>Code lu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="213"/>
        <location filename="../../kiosk/ui/camera_panel.py" line="231"/>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="215"/>
        <source>Camera off</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="219"/>
        <source>Press “Start camera”, then show the code. A handheld scanner works at any time.</source>
        <translation>Appuyez sur « Démarrer la caméra », puis présentez le code. La douchette fonctionne à tout moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="224"/>
        <source>No camera found. Plug one in and press “Start camera”, or use the handheld scanner or type the code.</source>
        <translation>Aucune caméra trouvée. Branchez-en une et appuyez sur « Démarrer la caméra », ou utilisez la douchette ou saisissez le code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="226"/>
        <source>The camera stopped sending pictures (unplugged?). Press “Start camera” to try again.</source>
        <translation>La caméra n&apos;envoie plus d&apos;images (débranchée ?). Appuyez sur « Démarrer la caméra » pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="228"/>
        <source>The camera could not be started. Choose another camera or use the handheld scanner.</source>
        <translation>La caméra n&apos;a pas pu démarrer. Choisissez une autre caméra ou utilisez la douchette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="233"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="194"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="194"/>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="195"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
</context>
<context>
    <name>CustomerHtml</name>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="45"/>
        <source>Customer with a store pass</source>
        <translation>Client avec un pass magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="46"/>
        <source>This customer is not in this tablet&apos;s copy yet: their profile will appear after the next sync. The pass was checked.</source>
        <translation>Ce client n&apos;est pas encore dans la copie de cette tablette : son profil apparaîtra après la prochaine synchronisation. Le pass a été vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="61"/>
        <source>Click &amp; collect waiting at this store</source>
        <translation>Click &amp; collect en attente dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="68"/>
        <source>Online browsing hidden: the customer has not agreed to personalisation.</source>
        <translation>Navigation en ligne masquée : le client n&apos;a pas accepté la personnalisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="84"/>
        <source>Similar to what they looked at, in stock here</source>
        <translation>Proches de ce qu&apos;il a regardé, en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="100"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="91"/>
        <source>No online activity, cart or order yet.</source>
        <translation>Pas encore d&apos;activité en ligne, de panier ni de commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="71"/>
        <source>Seen online</source>
        <translation>Vu en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="132"/>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="134"/>
        <source>Offline: from this tablet&apos;s copy (updated %1)</source>
        <translation>Hors ligne : copie de cette tablette (mise à jour %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="139"/>
        <source>Loyalty:</source>
        <translation>Fidélité :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_html.py" line="140"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="144"/>
        <source>Vouchers and credit notes:</source>
        <translation>Bons d&apos;achat et avoirs :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="127"/>
        <source>a product not in the catalogue</source>
        <translation>un produit absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="48"/>
        <source>personalised advice</source>
        <translation>conseils personnalisés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="49"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="50"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="51"/>
        <source>none</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="55"/>
        <source>Agreed to:</source>
        <translation>A accepté :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="70"/>
        <source>No online browsing yet.</source>
        <translation>Pas encore de navigation en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="102"/>
        <source>to the card</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="102"/>
        <source>in cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="103"/>
        <source>as a voucher</source>
        <translation>en bon d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="104"/>
        <source>as a credit note</source>
        <translation>en avoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_html.py" line="112"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="120"/>
        <source>to order (not in stock here)</source>
        <translation>à commander (pas en stock ici)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="123"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="145"/>
        <source>(usable in store and online)</source>
        <translation>(utilisables en magasin et en ligne)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="150"/>
        <source>(code %1, valid until %2)</source>
        <translation>(code %1, valable jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="164"/>
        <source>%1 here, aisle %2</source>
        <translation>%1 ici, rayon %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="166"/>
        <source>in other stores (%1)</source>
        <translation>dans d&apos;autres magasins (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="168"/>
        <source>online only</source>
        <translation>en ligne seulement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="169"/>
        <source>no longer sold</source>
        <translation>plus vendu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="170"/>
        <source>stock unknown</source>
        <translation>stock inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="174"/>
        <source>%1 put aside</source>
        <translation>%1 mis de côté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="180"/>
        <source>placed</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="180"/>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="181"/>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="181"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="182"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="182"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="183"/>
        <source>returned</source>
        <translation>retournée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="186"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="186"/>
        <source>app</source>
        <translation>appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="187"/>
        <source>store</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="192"/>
        <source>Searched “%1”</source>
        <translation>A cherché « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="200"/>
        <source>viewed %1 time(s)</source>
        <translation>vu %1 fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="200"/>
        <source>in their cart</source>
        <translation>dans son panier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="201"/>
        <source>same brand</source>
        <translation>même marque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="201"/>
        <source>same category</source>
        <translation>même catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="202"/>
        <source>same colour</source>
        <translation>même couleur</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="122"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="123"/>
        <source>Scan the customer&apos;s store pass or loyalty card, or search by name, email, phone or card number.</source>
        <translation>Scannez le pass magasin ou la carte de fidélité du client, ou cherchez par nom, e-mail, téléphone ou n° de carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="130"/>
        <source>Name, email, phone or card number</source>
        <translation>Nom, e-mail, téléphone ou n° de carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="131"/>
        <source>Search customers</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="201"/>
        <source>The customer view was closed after a while without activity.</source>
        <translation>La fiche client a été fermée après un moment sans activité.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="182"/>
        <source>Go to the pickup desk</source>
        <translation>Aller au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="189"/>
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="195"/>
        <source>Put aside to try on</source>
        <translation>Mettre de côté pour essayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="196"/>
        <source>Reserved for %1 min; other tablets see it after their next sync.</source>
        <translation>Réservé %1 min ; les autres tablettes le voient après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="202"/>
        <source>Send to the till</source>
        <translation>Envoyer en caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="250"/>
        <source>No customer open.</source>
        <translation>Aucun client ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="276"/>
        <source>None of the lines kept is on the shelf here.</source>
        <translation>Aucune des lignes gardées n&apos;est en rayon ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="286"/>
        <source>Put aside to try on until %1.</source>
        <translation>Mis de côté pour essayage jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="302"/>
        <source>Basket %1 sent to the till.</source>
        <translation>Panier %1 envoyé en caisse.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="186"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="186"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="186"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="60"/>
        <source>Store app</source>
        <translation>Application magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="88"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="97"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="98"/>
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="99"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="100"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="111"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="114"/>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="232"/>
        <location filename="../../kiosk/ui/main_window.py" line="420"/>
        <source>This customer is not in the store&apos;s copy yet.</source>
        <translation>Ce client n&apos;est pas encore dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="233"/>
        <source>This line was already dealt with.</source>
        <translation>Ce point a déjà été traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="303"/>
        <source>The action was refused.</source>
        <translation>L&apos;action a été refusée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="220"/>
        <source>Something went wrong and nothing was recorded. Please try again; if it happens again, call support.</source>
        <translation>Un problème est survenu et rien n&apos;a été enregistré. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="234"/>
        <source>This order is not known: check the number with the customer.</source>
        <translation>Cette commande est inconnue : vérifiez le numéro avec le client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="236"/>
        <source>Order %1 is to be collected at another store.</source>
        <translation>La commande %1 est à retirer dans un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="238"/>
        <source>This order is not on this tablet yet and the central system cannot be reached: find the order by the customer&apos;s name, or try again once online.</source>
        <translation>Cette commande n&apos;est pas encore sur cette tablette et le système central est injoignable : cherchez la commande au nom du client, ou réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="240"/>
        <source>Order %1 cannot be collected yet: it is %2.</source>
        <translation>La commande %1 ne peut pas encore être retirée : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="241"/>
        <source>Order %1 is not being prepared: it is %2.</source>
        <translation>La commande %1 n&apos;est pas en préparation : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="242"/>
        <source>Order %1 is not waiting on the shelf: it is %2.</source>
        <translation>La commande %1 n&apos;attend pas en réserve : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243"/>
        <source>Order %1 was cancelled: nothing can be handed over. The customer&apos;s refund is handled centrally.</source>
        <translation>La commande %1 a été annulée : rien ne peut être remis. Le remboursement du client est traité par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="246"/>
        <source>Order %1 was not collected in time and went back to stock.</source>
        <translation>La commande %1 n&apos;a pas été retirée à temps et a été remise en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>Order %1 was already collected.</source>
        <translation>La commande %1 a déjà été retirée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="249"/>
        <source>The pickup deadline of order %1 passed on %3: extend it first if the policy allows, or return the order to stock.</source>
        <translation>Le délai de retrait de la commande %1 a expiré le %3 : prolongez-le d&apos;abord si la politique le permet, ou remettez la commande en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="251"/>
        <source>This pickup code matches no order here. %4 attempt(s) left before the code entry locks.</source>
        <translation>Ce code de retrait ne correspond à aucune commande ici. Encore %4 essai(s) avant le blocage de la saisie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="253"/>
        <source>Too many wrong pickup codes: code entry is locked until %5. Scan the pass or check the name against an ID.</source>
        <translation>Trop de codes de retrait erronés : saisie bloquée jusqu&apos;à %5. Scannez le pass ou vérifiez le nom sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="255"/>
        <source>Order %1 is not paid yet: it cannot be handed over. Ask the customer to complete the payment online.</source>
        <translation>La commande %1 n&apos;est pas encore payée : elle ne peut pas être remise. Demandez au client de finaliser le paiement en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="257"/>
        <source>Set at least one item to hand over or refuse.</source>
        <translation>Indiquez au moins un article remis ou refusé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="258"/>
        <source>Line %6: at most %7 item(s).</source>
        <translation>Ligne %6 : %7 article(s) au plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="259"/>
        <source>Line %6: choose why the customer refuses it.</source>
        <translation>Ligne %6 : choisissez pourquoi le client la refuse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="260"/>
        <source>Order %1 has no line %6.</source>
        <translation>La commande %1 n&apos;a pas de ligne %6.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="261"/>
        <source>%8 is not on order %1: put it back.</source>
        <translation>%8 ne fait pas partie de la commande %1 : remettez-le en place.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="262"/>
        <source>Line %6 of order %1 is already fully picked.</source>
        <translation>La ligne %6 de la commande %1 est déjà entièrement prélevée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="263"/>
        <source>Order %1: lines %9 are neither picked nor marked missing.</source>
        <translation>Commande %1 : les lignes %9 ne sont ni prélevées ni signalées manquantes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="265"/>
        <source>Order %1: nothing was picked, so it cannot be ready. Call customer service to cancel it.</source>
        <translation>Commande %1 : rien n&apos;a été prélevé, elle ne peut pas être prête. Appelez le service client pour l&apos;annuler.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="267"/>
        <source>Give the shelf or bin where the order is put away.</source>
        <translation>Indiquez l&apos;étagère ou le bac où la commande est rangée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="268"/>
        <source>The deadline of order %1 was already extended: return it to stock.</source>
        <translation>Le délai de la commande %1 a déjà été prolongé : remettez-la en stock.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="270"/>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="271"/>
        <source>“%1” is not an order number: it reads like WEB-100123.</source>
        <translation>« %1 » n&apos;est pas un numéro de commande : il s&apos;écrit comme WEB-100123.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="273"/>
        <source>Order %1 is still on its way to the customer: it can be returned once delivered.</source>
        <translation>La commande %1 est encore en cours de livraison : elle pourra être retournée une fois livrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="275"/>
        <source>Set how many units of each item come back.</source>
        <translation>Indiquez combien d&apos;unités de chaque article sont rapportées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="276"/>
        <source>%8: at most %7 unit(s) can come back (the rest was already returned or refunded).</source>
        <translation>%8 : %7 unité(s) au plus peuvent être reprises (le reste a déjà été retourné ou remboursé).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="278"/>
        <source>Line %6: choose the item&apos;s condition.</source>
        <translation>Ligne %6 : choisissez l&apos;état de l&apos;article.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="279"/>
        <source>Order %1 was not paid this way: refund it to the original payment or as a voucher.</source>
        <translation>La commande %1 n&apos;a pas été payée ainsi : remboursez sur le moyen de paiement d&apos;origine ou en bon d&apos;achat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="281"/>
        <source>Order %1: this refund is more than was paid.</source>
        <translation>Commande %1 : ce remboursement dépasse ce qui a été payé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="282"/>
        <source>%8 is outside the return policy: a manager can accept it, with a reason.</source>
        <translation>%8 est hors de la politique de retour : un responsable peut l&apos;accepter, avec un motif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="284"/>
        <source>%8 is outside the return policy: only a manager can accept it.</source>
        <translation>%8 est hors de la politique de retour : seul un responsable peut l&apos;accepter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="286"/>
        <source>Give the manager&apos;s name and why the return is accepted outside the policy.</source>
        <translation>Indiquez le nom du responsable et pourquoi le retour est accepté hors politique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="288"/>
        <source>Scan the item given in exchange: this barcode is not in the catalogue.</source>
        <translation>Scannez l&apos;article donné en échange : ce code-barres n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="291"/>
        <source>Offline, a return can refund at most %11: this one (%10) needs the network. Try again once online.</source>
        <translation>Hors ligne, un retour peut rembourser au plus %11 : celui-ci (%10) nécessite le réseau. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="294"/>
        <source>This tablet has refunded as much offline today as the policy allows (%11): this return (%10) needs the network. Try again once online.</source>
        <translation>Cette tablette a déjà remboursé hors ligne aujourd&apos;hui autant que la politique le permet (%11) : ce retour (%10) nécessite le réseau. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="297"/>
        <source>%8 is not returnable.</source>
        <translation>%8 n&apos;est pas reprenable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="298"/>
        <source>Voucher %1 is not known on this tablet yet: the till checks it with the central system.</source>
        <translation>Le bon d&apos;achat %1 n&apos;est pas encore connu de cette tablette : la caisse le vérifie auprès du système central.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="300"/>
        <source>%8 has already made %7 return(s) without receipt this year, the most the policy allows.</source>
        <translation>%8 a déjà fait %7 retour(s) sans ticket cette année, le maximum que la politique permet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="348"/>
        <source>Order %1: customer checked in, pickup verified.</source>
        <translation>Commande %1 : client enregistré, retrait vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="368"/>
        <source>%1 in stock here (aisle %2)</source>
        <translation>%1 en stock ici (allée %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="370"/>
        <source>not in stock here</source>
        <translation>pas en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="372"/>
        <source>%1 in other stores</source>
        <translation>%1 dans les autres magasins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="378"/>
        <source>This is not a receipt of our stores: only purchases made in our stores, on our website or in our app can be returned here.</source>
        <translation>Ce n&apos;est pas un ticket de nos magasins : seuls les achats faits dans nos magasins, sur notre site ou dans notre appli peuvent être retournés ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="388"/>
        <source>Voucher %1 is on hold: its return is being checked. It cannot pay for now.</source>
        <translation>Le bon d&apos;achat %1 est bloqué : son retour est en cours de vérification. Il ne peut pas servir pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="391"/>
        <source>Voucher %1 has been used or has expired.</source>
        <translation>Le bon d&apos;achat %1 a été utilisé ou a expiré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="393"/>
        <source>Voucher %1: %2 left, valid until %3 (%4), in store and online.</source>
        <translation>Bon d&apos;achat %1 : reste %2, valable jusqu&apos;au %3 (%4), en magasin et en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="397"/>
        <source>no customer account</source>
        <translation>sans compte client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="399"/>
        <source>Issued on this tablet, not yet sent.</source>
        <translation>Émis sur cette tablette, pas encore envoyé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="404"/>
        <source>This pass has expired: ask the customer to refresh it in the app.</source>
        <translation>Ce pass a expiré : demandez au client de l&apos;actualiser dans l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="405"/>
        <source>This pass is not valid yet: check the tablet&apos;s clock.</source>
        <translation>Ce pass n&apos;est pas encore valide : vérifiez l&apos;horloge de la tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="406"/>
        <source>This pickup pass is for another store.</source>
        <translation>Ce pass de retrait est pour un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="407"/>
        <location filename="../../kiosk/ui/main_window.py" line="410"/>
        <source>This code was altered or forged: it was not accepted.</source>
        <translation>Ce code a été modifié ou falsifié : il n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="408"/>
        <source>This pass was signed with a key this tablet does not know yet: sync, then scan again.</source>
        <translation>Ce pass est signé avec une clé que la tablette ne connaît pas encore : synchronisez, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="412"/>
        <location filename="../../kiosk/ui/main_window.py" line="423"/>
        <source>This is not a code this app reads.</source>
        <translation>Ce code n&apos;est pas lu par cette application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="413"/>
        <source>This code could not be read: scan it again.</source>
        <translation>Ce code n&apos;a pas pu être lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="414"/>
        <source>This number was misread: scan it again.</source>
        <translation>Ce numéro a été mal lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="415"/>
        <source>This loyalty card is not known: search the customer by name or phone.</source>
        <translation>Carte de fidélité inconnue : cherchez le client par nom ou téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="417"/>
        <source>This order is not in this store&apos;s copy.</source>
        <translation>Cette commande n&apos;est pas dans la copie de ce magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="418"/>
        <source>The pickup deadline of this order has passed.</source>
        <translation>Le délai de retrait de cette commande est dépassé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="296"/>
        <location filename="../../kiosk/ui/main_window.py" line="419"/>
        <source>This product is not in the catalogue.</source>
        <translation>Ce produit n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="421"/>
        <source>This customer account no longer exists.</source>
        <translation>Ce compte client n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="430"/>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="432"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="434"/>
        <source>● Offline: working from the local copy</source>
        <translation>● Hors ligne : travail sur la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="441"/>
        <source>%1 event(s) waiting to be sent</source>
        <translation>%1 événement(s) en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="444"/>
        <source>(oldest %1)</source>
        <translation>(le plus ancien %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="447"/>
        <source>Sent: %1 · Received: %2</source>
        <translation>Envoi : %1 · Réception : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="456"/>
        <source>⚠ queue not moving since %1</source>
        <translation>⚠ file d&apos;attente bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="453"/>
        <source>⚠ %1 to look at on the Sync page</source>
        <translation>⚠ %1 à examiner sur la page Synchro</translation>
    </message>
</context>
<context>
    <name>NoReceiptBox</name>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="464"/>
        <source>Reason for the return</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="468"/>
        <source>Condition of the item</source>
        <translation>État de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="471"/>
        <source>Take back as store credit</source>
        <translation>Reprendre en avoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="483"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="488"/>
        <source>No purchase of %1 found for %2.</source>
        <translation>Aucun achat de %1 trouvé pour %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="491"/>
        <source>This item is not returnable (%1).</source>
        <translation>Cet article n&apos;est pas reprenable (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="493"/>
        <source>Without receipt: %1 return(s) already this year, the most the policy allows is %2.</source>
        <translation>Sans ticket : déjà %1 retour(s) cette année, la politique en permet %2 au plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="497"/>
        <source>Without receipt it can be taken back as store credit at its lowest recent price, %1 (return %2 of %3 this year).</source>
        <translation>Sans ticket, il peut être repris en avoir à son prix le plus bas récent, %1 (retour %2 sur %3 cette année).</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="124"/>
        <source>Picked +1</source>
        <translation>Prélevé +1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="126"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="298"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="130"/>
        <source>Shelf / bin, e.g. R2-05</source>
        <translation>Étagère / bac, ex. R2-05</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="131"/>
        <source>Storage location</source>
        <translation>Emplacement de rangement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="133"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="257"/>
        <source>Ready for pickup</source>
        <translation>Prête pour le retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="151"/>
        <source>Collected by someone else? Their name</source>
        <translation>Retirée par une autre personne ? Son nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="152"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="176"/>
        <source>Name of the person collecting</source>
        <translation>Nom de la personne qui retire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="155"/>
        <source>Name checked against an ID document</source>
        <translation>Nom vérifié sur une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="160"/>
        <source>Send the notice again</source>
        <translation>Renvoyer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="164"/>
        <source>Customer is here</source>
        <translation>Le client est là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="175"/>
        <source>Collected by (if not the customer)</source>
        <translation>Retirée par (si ce n&apos;est pas le client)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="179"/>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="187"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="189"/>
        <source>Return to stock</source>
        <translation>Remettre en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="215"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="237"/>
        <source>shelf %1</source>
        <translation>étagère %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="240"/>
        <source>ready %1</source>
        <translation>prête %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="243"/>
        <source>to collect by %1</source>
        <translation>à retirer avant le %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="247"/>
        <source>NOT PAID: cannot be handed over</source>
        <translation>NON PAYÉE : ne peut pas être remise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="249"/>
        <source>collected by %1</source>
        <translation>retirée par %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="251"/>
        <source>pending sync</source>
        <translation>en attente de synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="256"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="258"/>
        <source>Customer at the desk</source>
        <translation>Client au comptoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="259"/>
        <source>Overdue: not collected in time</source>
        <translation>En retard : non retirée à temps</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="260"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="261"/>
        <source>Closed (returned to stock or cancelled)</source>
        <translation>Close (remise en stock ou annulée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="268"/>
        <source>The central system did not accept an action on this order: %1. Check the order with the customer; the Sync page lists it until someone marks it resolved.</source>
        <translation>Le système central n&apos;a pas accepté une action sur cette commande : %1. Vérifiez la commande avec le client ; la page Synchro la liste jusqu&apos;à ce que quelqu&apos;un la marque comme traitée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="275"/>
        <source>Scan each product to check it is the right one, or select a line and press Picked. Then put the order away and give its shelf.</source>
        <translation>Scannez chaque article pour vérifier que c&apos;est le bon, ou sélectionnez une ligne et appuyez sur Prélevé. Puis rangez la commande et indiquez son étagère.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="278"/>
        <source>Scan the customer&apos;s pickup pass or type their 6-digit pickup code above. Without either, check their name against an ID document.</source>
        <translation>Scannez le pass de retrait du client ou saisissez son code de retrait à 6 chiffres ci-dessus. Sans l&apos;un ni l&apos;autre, vérifiez son nom sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="282"/>
        <source>For each line, set what is handed over and what the customer refuses (with the reason); what is left stays on the shelf for later. Refused items are refunded centrally.</source>
        <translation>Pour chaque ligne, indiquez ce qui est remis et ce que le client refuse (avec le motif) ; le reste attend en réserve pour plus tard. Les articles refusés sont remboursés par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="287"/>
        <source>extend the deadline</source>
        <translation>prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="288"/>
        <source>return it to stock</source>
        <translation>la remettre en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="289"/>
        <source>The customer did not come in time. The store&apos;s policy proposes to %1.</source>
        <translation>Le client n&apos;est pas venu à temps. La politique du magasin propose de %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="291"/>
        <source>The deadline was already extended: return the order to stock; the customer is refunded centrally.</source>
        <translation>Le délai a déjà été prolongé : remettez la commande en stock ; le client est remboursé par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="298"/>
        <location filename="../../kiosk/ui/pickup_panel.py" line="302"/>
        <source>Product</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="298"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="298"/>
        <source>Picked</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="299"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="302"/>
        <source>Give</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="302"/>
        <source>Refuse</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="302"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="317"/>
        <source>a product not in the catalogue</source>
        <translation>un article absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="319"/>
        <source>%1 · size %2</source>
        <translation>%1 · taille %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="321"/>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 en attente)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="335"/>
        <source>Units handed over</source>
        <translation>Unités remises</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="339"/>
        <source>Units refused</source>
        <translation>Unités refusées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="356"/>
        <source>Reason for refusing</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="249"/>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="269"/>
        <source>Order number, name, phone or email</source>
        <translation>N° de commande, nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="276"/>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="277"/>
        <source>6-digit pickup code</source>
        <translation>Code de retrait à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="282"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="302"/>
        <source>Select an order, scan a pickup pass or type a pickup code.</source>
        <translation>Sélectionnez une commande, scannez un pass de retrait ou saisissez un code de retrait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="546"/>
        <source>Order %1: line updated.</source>
        <translation>Commande %1 : ligne mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="547"/>
        <source>Order %1 is ready: the customer is told to come.</source>
        <translation>Commande %1 prête : le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="548"/>
        <source>Order %1: the notice is sent again to the customer.</source>
        <translation>Commande %1 : l&apos;avis est renvoyé au client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="550"/>
        <source>Order %1: handover recorded.</source>
        <translation>Commande %1 : remise enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="551"/>
        <source>Order %1: deadline extended; the customer is told.</source>
        <translation>Commande %1 : délai prolongé ; le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="552"/>
        <source>Order %1 returns to stock; the customer is refunded centrally.</source>
        <translation>La commande %1 est remise en stock ; le client est remboursé par le siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="554"/>
        <source>Order %1 updated.</source>
        <translation>Commande %1 mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="562"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="579"/>
        <source>%1 is not on order %2: do not hand it over.</source>
        <translation>%1 ne fait pas partie de la commande %2 : ne le remettez pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="583"/>
        <source>%1 is on order %2 (line %3).</source>
        <translation>%1 fait partie de la commande %2 (ligne %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="270"/>
        <source>Search orders</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="549"/>
        <source>Order %1 checked in: bring it to the desk.</source>
        <translation>Commande %1 : client enregistré, apportez-la au comptoir.</translation>
    </message>
</context>
<context>
    <name>PickupState</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="34"/>
        <source>still to be prepared</source>
        <translation>encore à préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="35"/>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="36"/>
        <source>ready for pickup</source>
        <translation>prête au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="37"/>
        <source>already checked in</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="38"/>
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="39"/>
        <source>returned to stock</source>
        <translation>remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="40"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="136"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="137"/>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="139"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="140"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="141"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="146"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="147"/>
        <source>Pickup by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="147"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="147"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="138"/>
        <source>At the desk</source>
        <translation>Au comptoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/models.py" line="169"/>
        <source>Late · %n d</source>
        <translation>
            <numerusform>En retard · %n j</numerusform>
            <numerusform>En retard · %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="171"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="175"/>
        <source>%1 · pending sync</source>
        <translation>%1 · en attente de synchro</translation>
    </message>
</context>
<context>
    <name>PurchaseTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="206"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="206"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="206"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReasonTexts</name>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="51"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="52"/>
        <source>Wrong size</source>
        <translation>Taille inadaptée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="53"/>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="54"/>
        <source>Changed mind</source>
        <translation>Changement d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="55"/>
        <source>Not as described</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="56"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="477"/>
        <source>Pickup confirmation</source>
        <translation>Confirmation de retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="467"/>
        <source>Save as PDF to print</source>
        <translation>Enregistrer en PDF pour imprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="466"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="502"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="503"/>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="503"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="504"/>
        <source>Kept at the store for later</source>
        <translation>Gardé au magasin pour plus tard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pickup_panel.py" line="505"/>
        <source>%1 will be refunded to the original means of payment.</source>
        <translation>%1 seront remboursés sur le moyen de paiement d&apos;origine.</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="130"/>
        <source>How the customer is refunded</source>
        <translation>Mode de remboursement du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="132"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="136"/>
        <source>Scan or type the new item&apos;s barcode</source>
        <translation>Scannez ou saisissez le code-barres du nouvel article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="137"/>
        <source>Item given in exchange</source>
        <translation>Article donné en échange</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="152"/>
        <source>Manager&apos;s name</source>
        <translation>Nom du responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="153"/>
        <source>Manager who accepts the return</source>
        <translation>Responsable qui accepte le retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="158"/>
        <source>Why it is accepted outside the policy</source>
        <translation>Pourquoi il est accepté hors politique</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="159"/>
        <source>Reason for the exception</source>
        <translation>Motif de l&apos;exception</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="172"/>
        <source>Confirm the return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="193"/>
        <source>No purchase open</source>
        <translation>Aucun achat ouvert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="195"/>
        <source>Scan the receipt or the order confirmation, type the order number, or scan the customer&apos;s pass or card to list their purchases.</source>
        <translation>Scannez le ticket ou la confirmation de commande, saisissez le numéro de commande, ou scannez le pass ou la carte du client pour lister ses achats.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="199"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="203"/>
        <source>no customer account</source>
        <translation>sans compte client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="204"/>
        <source>paid: %1</source>
        <translation>payé : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="214"/>
        <source>This order is still on its way to the customer: it can be returned once delivered.</source>
        <translation>Cette commande est encore en cours de livraison : elle pourra être retournée une fois livrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="217"/>
        <source>A return of this order was not accepted centrally: see the Sync page.</source>
        <translation>Un retour de cette commande n&apos;a pas été accepté par le système central : voir la page Synchro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="220"/>
        <source>Nothing left to return on this order: everything was returned, refunded or never handed over.</source>
        <translation>Plus rien à retourner sur cette commande : tout a été retourné, remboursé ou jamais remis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="223"/>
        <source>Returned here a moment ago; waiting to be sent to the central system.</source>
        <translation>Retourné ici à l&apos;instant ; en attente d&apos;envoi au système central.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="232"/>
        <source>Not returnable (%1)</source>
        <translation>Non reprenable (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="235"/>
        <source>Return window closed on %1</source>
        <translation>Délai de retour dépassé depuis le %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="236"/>
        <source>Returnable until %1</source>
        <translation>Reprenable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="239"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="239"/>
        <source>Back</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="239"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="239"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="240"/>
        <source>To stock</source>
        <translation>Remise stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="253"/>
        <source>Units brought back</source>
        <translation>Unités rapportées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="256"/>
        <source>Reason for the return</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="259"/>
        <source>Condition of the item</source>
        <translation>État de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="263"/>
        <source>Back to stock</source>
        <translation>Remis en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="283"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="291"/>
        <source>%1 · size %2</source>
        <translation>%1 · taille %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="293"/>
        <source>Bought %1 · %2 can come back · %3 each</source>
        <translation>Acheté %1 · %2 reprenable(s) · %3 l&apos;unité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="328"/>
        <source>To the original payment (%1)</source>
        <translation>Sur le paiement d&apos;origine (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="330"/>
        <source>Store credit: a voucher usable in store and online</source>
        <translation>Avoir : un bon d&apos;achat utilisable en magasin et en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="332"/>
        <source>Exchange for another item</source>
        <translation>Échange contre un autre article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="400"/>
        <source>Outside the return policy: a manager may accept it, with a reason.</source>
        <translation>Hors politique de retour : un responsable peut l&apos;accepter, avec un motif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="402"/>
        <source>Outside the return policy: only a manager can accept it. Ask a manager to take over this tablet.</source>
        <translation>Hors politique de retour : seul un responsable peut l&apos;accepter. Demandez à un responsable de prendre la main sur cette tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="409"/>
        <source>Choose a reason for each item coming back.</source>
        <translation>Choisissez un motif pour chaque article repris.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="422"/>
        <source>to %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="425"/>
        <source>as a voucher</source>
        <translation>en bon d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="427"/>
        <source>towards the exchanged item</source>
        <translation>sur l&apos;article échangé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="428"/>
        <source>Refund: %1</source>
        <translation>Remboursement : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="431"/>
        <source>%1 loyalty point(s) taken back</source>
        <translation>%1 point(s) de fidélité repris</translation>
    </message>
</context>
<context>
    <name>ReturnReceiptDialog</name>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="529"/>
        <source>Return receipt</source>
        <translation>Ticket de retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="536"/>
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="537"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="538"/>
        <source>Without receipt</source>
        <translation>Sans ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="548"/>
        <source>%1 refunded to the original payment:</source>
        <translation>%1 remboursés sur le paiement d&apos;origine :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="552"/>
        <source>Exchanged for %1 (%2).</source>
        <translation>Échangé contre %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="554"/>
        <source>To pay at the till: %1</source>
        <translation>Reste à payer en caisse : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="557"/>
        <source>Voucher %1: %2, valid until %3, in store and online (scan the QR code).</source>
        <translation>Bon d&apos;achat %1 : %2, valable jusqu&apos;au %3, en magasin et en ligne (scanner le QR code).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="564"/>
        <source>%1 loyalty point(s) taken back.</source>
        <translation>%1 point(s) de fidélité repris.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="567"/>
        <source>Accepted by a manager: %1</source>
        <translation>Accepté par un responsable : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="570"/>
        <source>Recorded offline: it is sent to the central system as soon as the tablet is online.</source>
        <translation>Enregistré hors ligne : il sera envoyé au système central dès que la tablette sera en ligne.</translation>
    </message>
</context>
<context>
    <name>ReturnTexts</name>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="55"/>
        <source>New, unworn</source>
        <translation>Neuf, non porté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="55"/>
        <source>Opened or tried</source>
        <translation>Ouvert ou essayé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="56"/>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="59"/>
        <source>bank card</source>
        <translation>carte bancaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="59"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="60"/>
        <source>gift card</source>
        <translation>carte cadeau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/returns_panel.py" line="60"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="602"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="608"/>
        <source>Order number (e.g. WEB-100123) or the customer&apos;s name, email or phone</source>
        <translation>N° de commande (ex. WEB-100123) ou nom, e-mail ou téléphone du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="610"/>
        <source>Find a purchase</source>
        <translation>Retrouver un achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="614"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="627"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="691"/>
        <source>Purchases of customers matching “%1”</source>
        <translation>Achats des clients correspondant à « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="699"/>
        <source>Purchases of %1 holding this item</source>
        <translation>Achats de %1 contenant cet article</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="700"/>
        <source>Purchases of %1, every channel</source>
        <translation>Achats de %1, tous canaux</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="740"/>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="763"/>
        <source>%1: one more unit comes back.</source>
        <translation>%1 : une unité de plus reprise.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="767"/>
        <source>%1: nothing more of it can come back on this order.</source>
        <translation>%1 : plus rien de cet article ne peut être repris sur cette commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="774"/>
        <source>%1 is not on order %2.</source>
        <translation>%1 n&apos;est pas sur la commande %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="802"/>
        <source>Return %1 recorded: %2 refunded.</source>
        <translation>Retour %1 enregistré : %2 remboursés.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="826"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="841"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="842"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="843"/>
        <source>Last successful upload</source>
        <translation>Dernier envoi réussi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="844"/>
        <source>Last successful download</source>
        <translation>Dernière réception réussie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="845"/>
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="846"/>
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="847"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="848"/>
        <source>Events confirmed by the server</source>
        <translation>Événements confirmés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="851"/>
        <source>Orders in the local copy</source>
        <translation>Commandes dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="852"/>
        <source>Click &amp; collect orders for this store</source>
        <translation>Commandes click &amp; collect de ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="853"/>
        <source>Customers in the local copy</source>
        <translation>Clients dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="854"/>
        <source>Products in the local copy</source>
        <translation>Produits dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="871"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="828"/>
        <location filename="../../kiosk/ui/pages.py" line="917"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="849"/>
        <source>Refused by the server</source>
        <translation>Refusés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="850"/>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="880"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="891"/>
        <location filename="../../kiosk/ui/pages.py" line="976"/>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="898"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="902"/>
        <source>Mark as resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="917"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="923"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="923"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="924"/>
        <source>Not yet connected</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="927"/>
        <source>next try in %1 s</source>
        <translation>prochain essai dans %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="935"/>
        <source>(%1 held behind a refused event)</source>
        <translation>(%1 en attente derrière un événement refusé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="941"/>
        <source>⚠ Not moving since %1</source>
        <translation>⚠ Bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="942"/>
        <source>Moving</source>
        <translation>Avance normalement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="978"/>
        <source>Select a line to see what to do.</source>
        <translation>Sélectionnez une ligne pour voir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="950"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="1019"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="1022"/>
        <source>Scan your store pass or your loyalty card to see your cart, pick up an order or start a return.</source>
        <translation>Scannez votre pass magasin ou votre carte de fidélité pour voir votre panier, retirer une commande ou commencer un retour.</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="50"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="52"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="53"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="55"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="57"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="59"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="60"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="63"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
</TS>
