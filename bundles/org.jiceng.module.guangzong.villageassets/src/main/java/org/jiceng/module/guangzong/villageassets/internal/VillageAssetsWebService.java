package org.jiceng.module.guangzong.villageassets.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.jiceng.module.ModuleEndpoints;
import org.jiceng.module.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SOAP for upper-level systems (邢台市, 河北省): the ledgers', a stock-taking's and the funds' figures, read only. */
@Component(service = SoapEndpoint.class, property = ModuleEndpoints.SOAP_ADDRESS + "=/VillageAssetsService")
@WebService(serviceName = "VillageAssetsService", portName = "VillageAssetsPort", name = "VillageAssets", targetNamespace = VillageAssetsWebService.NAMESPACE)
public class VillageAssetsWebService implements SoapEndpoint {
    public static final String NAMESPACE = "http://jiceng.org/soap/guangzong-village-assets";

    private final Venues venues;
    private final Stocktakes stocktakes;
    private final Funds funds;

    @Activate
    public VillageAssetsWebService(@Reference Venues venues, @Reference Stocktakes stocktakes, @Reference Funds funds) {
        this.venues = venues;
        this.stocktakes = stocktakes;
        this.funds = funds;
    }

    @WebMethod
    @WebResult(name = "figures")
    public AssetFigures getAssetFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code) {
        return venues.figures(code);
    }

    @WebMethod
    @WebResult(name = "figures")
    public StocktakeFigures getStocktakeFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code,
            @WebParam(name = "stocktakeId") long stocktakeId) {
        return stocktakes.figures(code, stocktakeId);
    }

    @WebMethod
    @WebResult(name = "figures")
    public FundFigures getFundFigures(@WebParam(name = ModuleEndpoints.JURISDICTION_PARAMETER) String code, @WebParam(name = "year") int year) {
        return funds.figures(code, year);
    }
}
